/**
 * A photo-like JPEG made at bench time, too big to commit: scripts/bench.mjs keeps it in memory
 * under /bench-generated/ for the run (the first page that needs it draws and uploads it; the
 * next pages find it there). Drawn from a seeded generator, so every run draws the same pixels.
 */
export async function generatedPhoto(name: string, width: number, height: number, seed = 1): Promise<string> {
  const path = `/bench-generated/${name}`;
  if ((await fetch(path, { method: 'HEAD' })).ok) return path;
  const blob = await drawPhoto(width, height, seed);
  const stored = await fetch(path, { method: 'PUT', body: blob, headers: { 'Content-Type': 'image/jpeg' } });
  if (!stored.ok) throw new Error(`could not store ${name}: HTTP ${stored.status}`);
  return path;
}

/** xorshift32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/**
 * A landscape: sky, ridges, a few hundred soft blobs, then fine grain. The grain gives the JPEG
 * a camera photo's weight (a few MB at 16 MP); flat shapes alone would compress to a few hundred KB
 * and decode much faster than a real photo.
 */
async function drawPhoto(width: number, height: number, seed: number): Promise<Blob> {
  const rand = random(seed);
  const canvas = new OffscreenCanvas(width, height);
  // Read back band by band for the grain: willReadFrequently keeps the pixels where getImageData is cheap.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, '#3a6fb0');
  sky.addColorStop(0.55, '#d9c7a3');
  sky.addColorStop(1, '#4f6b3a');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  for (let layer = 0; layer < 5; layer++) {
    const base = height * (0.45 + layer * 0.1);
    ctx.beginPath();
    ctx.moveTo(0, height);
    let y = base;
    for (let x = 0; x <= width; x += width / 120) {
      y = Math.min(height, Math.max(height * 0.3, y + (rand() - 0.5) * height * 0.04));
      ctx.lineTo(x, y);
    }
    ctx.lineTo(width, height);
    ctx.closePath();
    const shade = 40 + layer * 25;
    ctx.fillStyle = `rgb(${shade} ${shade + 30 + layer * 10} ${shade - 10})`;
    ctx.fill();
  }
  for (let i = 0; i < 600; i++) {
    const x = rand() * width;
    const y = rand() * height;
    const r = (0.005 + rand() * 0.05) * width;
    const blob = ctx.createRadialGradient(x, y, 0, x, y, r);
    blob.addColorStop(0, `hsl(${Math.floor(rand() * 360)} ${30 + Math.floor(rand() * 50)}% ${25 + Math.floor(rand() * 50)}% / 0.8)`);
    blob.addColorStop(1, 'hsl(0 0% 50% / 0)');
    ctx.fillStyle = blob;
    ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
  }
  // Grain, in bands so no single ImageData holds the whole 64 MB.
  const band = 256;
  for (let top = 0; top < height; top += band) {
    const rows = Math.min(band, height - top);
    const data = ctx.getImageData(0, top, width, rows);
    const px = data.data;
    for (let i = 0; i < px.length; i += 4) {
      const grain = (rand() - 0.5) * 28;
      px[i] += grain;
      px[i + 1] += grain;
      px[i + 2] += grain;
    }
    ctx.putImageData(data, 0, top);
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}
