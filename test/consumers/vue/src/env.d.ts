/// <reference types="vite/client" />
/// <reference types="wx-image-kit/vue" />
