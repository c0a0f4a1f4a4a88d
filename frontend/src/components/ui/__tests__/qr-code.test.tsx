import { render, screen } from '@testing-library/react';
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { QrCode } from '../QrCode';

const PIXELS_PER_MODULE = 4;

/** Rasterises the drawn SVG (white square, then runs of dark modules) and reads it with ZXing. */
function decode(svg: Element): string {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const side = size * PIXELS_PER_MODULE;
  const luminance = new Uint8ClampedArray(side * side).fill(255);
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let row = 0; row < PIXELS_PER_MODULE; row += 1) {
      const start = (Number(y) * PIXELS_PER_MODULE + row) * side + Number(x) * PIXELS_PER_MODULE;
      luminance.fill(0, start, start + Number(width) * PIXELS_PER_MODULE);
    }
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, side, side)));
  return new QRCodeReader().decode(bitmap).getText();
}

describe('QR code', () => {
  it('encodes the ticket token so that a scanner reads it back', () => {
    render(<QrCode token="tk_4mQx9ZsV2bLr8NpWc7Ye1HdA" label="Door ticket" />);

    expect(decode(screen.getByRole('img', { name: 'Door ticket' }))).toBe('tk_4mQx9ZsV2bLr8NpWc7Ye1HdA');
  });
});
