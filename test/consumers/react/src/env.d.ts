/// <reference types="wx-image-kit/react-jsx" />
