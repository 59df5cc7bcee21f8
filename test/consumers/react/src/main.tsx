import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ImageInfo } from 'wx-image-kit/react';
import { PhotoPicker } from './PhotoPicker';

function App() {
  const [size, setSize] = useState('');
  return (
    <>
      <ImageInfo id="info" src="/Landscape_6.jpg" onSuccess={(e) => setSize(`${e.detail.width}×${e.detail.height}`)} />
      <output>{size}</output>
      <PhotoPicker />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
