import { expect } from '@open-wc/testing';
import { clampTransform, panBounds, projectMomentum, rubberBand, rubberScale, zoomAround } from '../../src/viewer/zoom-pan.js';

describe('zoom-pan geometry', () => {
  it('rubber-bands: follows less the further it is pulled, never past the dimension', () => {
    const pulls = [10, 100, 400, 2000, 100000].map((d) => rubberBand(d, 400));
    for (let i = 1; i < pulls.length; i++) expect(pulls[i]).to.be.greaterThan(pulls[i - 1]);
    pulls.forEach((p, i) => expect(p).to.be.lessThan([10, 100, 400, 2000, 100000][i]));
    expect(pulls[pulls.length - 1]).to.be.lessThan(400);
    expect(rubberBand(-100, 400)).to.equal(-rubberBand(100, 400));
    expect(rubberBand(0, 400)).to.equal(0);
  });

  it('zooms around a point: the image point under it stays under it', () => {
    const start = { scale: 1.5, x: 20, y: -10 };
    const point = { x: 120, y: 80 };
    const under = { x: (point.x - start.x) / start.scale, y: (point.y - start.y) / start.scale };
    const zoomed = zoomAround(start, 3, point);
    expect(zoomed.scale).to.equal(3);
    expect(zoomed.x + under.x * 3).to.be.closeTo(point.x, 1e-9);
    expect(zoomed.y + under.y * 3).to.be.closeTo(point.y, 1e-9);
  });

  it('keeps a zoomed image covering the viewport and the scale within [1, max]', () => {
    const content = { width: 800, height: 400 };
    const viewport = { width: 800, height: 600 };
    expect(panBounds(content, viewport, 2)).to.deep.equal({ x: 400, y: 100 });
    expect(clampTransform({ scale: 2, x: 900, y: -500 }, content, viewport, 4)).to.deep.equal({ scale: 2, x: 400, y: -100 });
    expect(clampTransform({ scale: 0.4, x: 50, y: 50 }, content, viewport, 4)).to.deep.equal({ scale: 1, x: 0, y: 0 });
    expect(clampTransform({ scale: 9, x: 0, y: 0 }, content, viewport, 4).scale).to.equal(4);
  });

  it('lets a pinch overshoot the limits with resistance', () => {
    expect(rubberScale(2, 4)).to.equal(2);
    expect(rubberScale(6, 4)).to.be.within(4, 6);
    expect(rubberScale(0.5, 4)).to.be.within(0.5, 1);
  });

  it('projects momentum in the direction of motion', () => {
    expect(projectMomentum(1)).to.be.greaterThan(100);
    expect(projectMomentum(-1)).to.equal(-projectMomentum(1));
    expect(projectMomentum(0)).to.equal(0);
  });
});
