#!/usr/bin/env python3
"""Writes the placeholder pictures of the brochure and the image test fixtures.

    python3 tools/make-placeholder-images.py [--check]

data/images/<name>.jpg|png: one placeholder per row of data/2025/photos.xml (JPEG for photos,
PNG for screenshots), so the brochure builds before the office sends the real pictures.
tests/fixtures/images/: small PNG/JPEG files in every colour type the image loader must read,
and broken ones it must reject with a diagnostic.

Only the Python standard library: PNG is written directly (zlib), JPEG by converting a PPM with
`cjpeg` (Debian package libjpeg-turbo-progs). The output is deterministic (no clock, no random
numbers: colours come from a CRC of the picture's name), so regenerating changes no byte.
--check regenerates into a temporary folder and fails if any committed file differs.
"""

import argparse
import filecmp
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PHOTOS_EXPORT = os.path.join(ROOT, "data", "2025", "photos.xml")

PHOTO_SIZE = (800, 600)        # 4:3
SCREENSHOT_SIZE = (840, 560)   # 3:2
JPEG_QUALITY = "80"


# ---------------------------------------------------------------------------------------------
# A tiny RGB raster: rows of bytearrays, drawn with horizontal spans (fast enough in pure Python).

class Raster:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.rows = [bytearray(width * 3) for _ in range(height)]

    def span(self, y, x0, x1, colour):
        """Fills pixels x0 <= x < x1 of row y."""
        if y < 0 or y >= self.height:
            return
        x0 = max(0, x0)
        x1 = min(self.width, x1)
        if x1 > x0:
            self.rows[y][x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)

    def vertical_gradient(self, top, bottom):
        for y in range(self.height):
            t = y / max(1, self.height - 1)
            self.span(y, 0, self.width, mix(top, bottom, t))

    def rect(self, x0, y0, x1, y1, colour):
        for y in range(y0, y1):
            self.span(y, x0, x1, colour)

    def frame(self, x0, y0, x1, y1, thickness, colour):
        self.rect(x0, y0, x1, y0 + thickness, colour)
        self.rect(x0, y1 - thickness, x1, y1, colour)
        self.rect(x0, y0, x0 + thickness, y1, colour)
        self.rect(x1 - thickness, y0, x1, y1, colour)

    def disc(self, cx, cy, r, colour):
        for y in range(cy - r, cy + r + 1):
            dy = y - cy
            half = int((r * r - dy * dy) ** 0.5)
            self.span(y, cx - half, cx + half + 1, colour)

    def mountain(self, left, right, base, peak_x, peak_y, colour):
        """A triangle standing on row `base` from x=left to x=right with its top at (peak_x, peak_y)."""
        for y in range(peak_y, base):
            t = (y - peak_y) / max(1, base - peak_y)
            x0 = int(peak_x + (left - peak_x) * t)
            x1 = int(peak_x + (right - peak_x) * t)
            self.span(y, x0, x1 + 1, colour)

    def pixels(self):
        return [bytes(row) for row in self.rows]


def mix(a, b, t):
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


def hsl(h, s, l):
    """HSL (h in degrees, s and l in 0..1) to an RGB tuple."""
    c = (1 - abs(2 * l - 1)) * s
    hp = (h % 360) / 60
    x = c * (1 - abs(hp % 2 - 1))
    r, g, b = [(c, x, 0), (x, c, 0), (0, c, x), (0, x, c), (x, 0, c), (c, 0, x)][int(hp) % 6]
    m = l - c / 2
    return tuple(int(round((v + m) * 255)) for v in (r, g, b))


def hue_of(name):
    return zlib.crc32(name.encode("utf-8")) % 360


# ---------------------------------------------------------------------------------------------
# The two placeholder designs.

def draw_photo(name, width, height):
    """A soft gradient, a big frame and the usual 'picture' icon (sun over two mountains)."""
    hue = hue_of(name)
    img = Raster(width, height)
    img.vertical_gradient(hsl(hue, 0.45, 0.88), hsl(hue + 25, 0.40, 0.72))
    margin = width // 24
    img.frame(margin, margin, width - margin, height - margin, max(4, width // 120), hsl(hue, 0.35, 0.60))
    base = height * 7 // 10
    shade = hsl(hue + 180, 0.30, 0.55)
    img.mountain(width * 22 // 100, width * 62 // 100, base, width * 40 // 100, height * 36 // 100, shade)
    img.mountain(width * 46 // 100, width * 80 // 100, base, width * 63 // 100, height * 46 // 100,
                 hsl(hue + 180, 0.30, 0.45))
    img.disc(width * 66 // 100, height * 27 // 100, height // 13, hsl(45, 0.85, 0.70))
    img.rect(width * 22 // 100, base, width * 80 // 100, base + max(3, height // 150), shade)
    return img


def draw_screenshot(name, width, height):
    """A wireframe of a web page: browser bar, header, navigation, banner, cards, a red mark."""
    hue = hue_of(name)
    img = Raster(width, height)
    img.rect(0, 0, width, height, (250, 250, 248))
    bar = height // 14
    img.rect(0, 0, width, bar, (222, 224, 228))
    for i in range(3):
        img.disc(bar // 2 + i * bar * 2 // 3, bar // 2, bar // 6, (190, 192, 198))
    img.rect(width // 6, bar // 4, width * 5 // 6, bar * 3 // 4, (250, 250, 252))
    header = bar + height // 9
    img.rect(0, bar, width, header, hsl(hue, 0.45, 0.42))
    nav_top, nav_bottom = header + height // 40, header + height // 40 + height // 22
    item = width // 8
    for i in range(6):
        x = width // 16 + i * (item + width // 60)
        img.rect(x, nav_top, x + item, nav_bottom, hsl(hue, 0.25, 0.85))
    banner_top = nav_bottom + height // 30
    banner_bottom = banner_top + height // 4
    img.rect(width // 16, banner_top, width * 15 // 16, banner_bottom, hsl(hue + 30, 0.45, 0.80))
    card_top = banner_bottom + height // 25
    card_w = (width * 7 // 8 - 2 * (width // 40)) // 3
    for i in range(3):
        x = width // 16 + i * (card_w + width // 40)
        img.rect(x, card_top, x + card_w, height - height // 12, (232, 233, 236))
        for line in range(4):
            y = card_top + height // 30 + line * height // 22
            img.rect(x + width // 60, y, x + card_w * (7 - line) // 8, y + height // 70, (200, 202, 208))
    # The red highlight box the office's real screenshots draw around the links they mention.
    img.frame(width // 16 - 6, nav_top - 6, width // 16 + 2 * item + width // 60 + 6, nav_bottom + 6,
              4, (214, 40, 40))
    return img


# ---------------------------------------------------------------------------------------------
# Writers.

def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_rows(rows, bpp):
    """Applies the 'Up' filter to every row but the first ('Sub'): gradients and flat areas
    compress to a few KB that way, and the code stays short."""
    out = bytearray()
    previous = None
    for row in rows:
        if previous is None:
            out.append(1)
            out += bytes((row[i] - (row[i - bpp] if i >= bpp else 0)) & 0xFF for i in range(len(row)))
        else:
            out.append(2)
            out += bytes((row[i] - previous[i]) & 0xFF for i in range(len(row)))
        previous = row
    return bytes(out)


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def interlace(rows, width, height, pixel_bytes):
    """The Adam7 passes of the image, each filtered on its own (PNG spec 8.2)."""
    out = b""
    for x0, y0, dx, dy in ADAM7:
        if x0 >= width or y0 >= height:
            continue
        sub = [b"".join(rows[y][x * pixel_bytes:(x + 1) * pixel_bytes] for x in range(x0, width, dx))
               for y in range(y0, height, dy)]
        out += filter_rows(sub, pixel_bytes)
    return out


def png_bytes(width, height, rows, colour_type, bit_depth=8, palette=None, transparency=None,
              interlaced=False):
    """rows: one bytes object per scanline, already packed for the colour type and bit depth."""
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour_type]
    pixel_bytes = max(1, channels * bit_depth // 8)
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 1 if interlaced else 0)
    data = interlace(rows, width, height, pixel_bytes) if interlaced else filter_rows(rows, pixel_bytes)
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
    if palette is not None:
        out += png_chunk(b"PLTE", b"".join(bytes(c) for c in palette))
    if transparency is not None:
        out += png_chunk(b"tRNS", transparency)
    out += png_chunk(b"IDAT", zlib.compress(data, 9)) + png_chunk(b"IEND", b"")
    return out


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_png(path, raster):
    write(path, png_bytes(raster.width, raster.height, raster.pixels(), colour_type=2))


def write_jpeg(path, raster, *cjpeg_options):
    cjpeg = shutil.which("cjpeg")
    if cjpeg is None:
        sys.exit("make-placeholder-images: cjpeg not found; install it: apt-get install libjpeg-turbo-progs")
    ppm = b"P6\n%d %d\n255\n" % (raster.width, raster.height) + b"".join(raster.pixels())
    os.makedirs(os.path.dirname(path), exist_ok=True)
    subprocess.run([cjpeg, "-quality", JPEG_QUALITY, "-optimize", *cjpeg_options, "-outfile", path],
                   input=ppm, check=True)


# ---------------------------------------------------------------------------------------------
# What to write.

def photo_rows():
    """(file, kind) of every picture of the 2025 brochure, read from its photos export."""
    root = ElementTree.parse(PHOTOS_EXPORT).getroot()
    return [(row.get("file"), row.get("kind")) for row in root.iter("row")]


def make_placeholders(images_dir):
    for file, kind in photo_rows():
        name = os.path.splitext(file)[0]
        path = os.path.join(images_dir, file)
        if kind == "screenshot":
            if not file.endswith(".png"):
                sys.exit(f"make-placeholder-images: screenshot {file} must be a .png")
            write_png(path, draw_screenshot(name, *SCREENSHOT_SIZE))
        else:
            if not file.endswith(".jpg"):
                sys.exit(f"make-placeholder-images: photo {file} must be a .jpg")
            write_jpeg(path, draw_photo(name, *PHOTO_SIZE))


def gray_rows(raster):
    return [bytes((row[i] * 299 + row[i + 1] * 587 + row[i + 2] * 114) // 1000 for i in range(0, len(row), 3))
            for row in raster.pixels()]


def with_alpha(raster):
    """Alpha falls from opaque (left) to 25% (right): a renderer that drops alpha shows a square."""
    out = []
    for row in raster.pixels():
        line = bytearray()
        for x in range(raster.width):
            line += row[x * 3:x * 3 + 3] + bytes((255 - 191 * x // max(1, raster.width - 1),))
        out.append(bytes(line))
    return out


def to_palette(raster):
    """Indexed colour: each distinct colour of the (flat-coloured) raster gets an entry."""
    palette, index, rows = [], {}, []
    for row in raster.pixels():
        line = bytearray()
        for x in range(raster.width):
            colour = row[x * 3:x * 3 + 3]
            if colour not in index:
                index[colour] = len(palette)
                palette.append(colour)
            line.append(index[colour])
        rows.append(bytes(line))
    if len(palette) > 256:
        sys.exit("make-placeholder-images: palette fixture has more than 256 colours")
    return palette, rows


def make_fixtures(fixtures_dir):
    w, h = 96, 64      # 3:2, small: the loader tests read them many times
    photo = draw_photo("fixture", w, h)
    screen = draw_screenshot("fixture", w, h)

    def out(name):
        return os.path.join(fixtures_dir, name)

    rgb_png = png_bytes(w, h, photo.pixels(), colour_type=2)
    write(out("rgb.png"), rgb_png)
    write(out("rgba.png"), png_bytes(w, h, with_alpha(photo), colour_type=6))
    write(out("interlaced-rgba.png"), png_bytes(w, h, with_alpha(photo), colour_type=6, interlaced=True))
    write(out("interlaced-rgb.png"), png_bytes(w, h, photo.pixels(), colour_type=2, interlaced=True))
    palette, indices = to_palette(screen)
    write(out("palette.png"), png_bytes(w, h, indices, colour_type=3, palette=palette))
    # The first palette entry (the page background) fully transparent.
    write(out("palette-transparent.png"),
          png_bytes(w, h, indices, colour_type=3, palette=palette, transparency=b"\x00"))
    gray = gray_rows(photo)
    write(out("gray.png"), png_bytes(w, h, gray, colour_type=0))
    write(out("gray-alpha.png"),
          png_bytes(w, h, [bytes(b for v in row for b in (v, 255 - v // 2)) for row in gray], colour_type=4))
    write(out("gray16.png"), png_bytes(w, h, [b"".join(struct.pack(">H", v * 257) for v in row) for row in gray],
                                       colour_type=0, bit_depth=16))
    write(out("rgb16.png"), png_bytes(w, h, [b"".join(struct.pack(">H", v * 257) for v in row)
                                             for row in photo.pixels()], colour_type=2, bit_depth=16))
    write_jpeg(out("photo.jpg"), photo)
    write_jpeg(out("progressive.jpg"), photo, "-progressive")
    write_jpeg(out("gray.jpg"), photo, "-grayscale")

    # Broken files the loader must turn into a diagnostic, never a crash.
    write(out("truncated.png"), rgb_png[:len(rgb_png) // 2])
    with open(out("photo.jpg"), "rb") as f:
        jpeg = f.read()
    write(out("truncated.jpg"), jpeg[:len(jpeg) // 2])
    write(out("not-an-image.png"), b"This is a text file with a .png name, not a picture.\n")
    write(out("empty.jpg"), b"")
    corrupt = bytearray(rgb_png)
    corrupt[len(b"\x89PNG\r\n\x1a\n") + 8 + 4] ^= 0xFF   # flips a byte of the IHDR width: CRC mismatch
    write(out("bad-crc.png"), bytes(corrupt))
    write(out("png-named.jpg"), rgb_png)   # a PNG under a .jpg name: the content decides


def generate(root):
    make_placeholders(os.path.join(root, "data", "images"))
    make_fixtures(os.path.join(root, "tests", "fixtures", "images"))


def generated_files(root):
    found = []
    for folder in (os.path.join("data", "images"), os.path.join("tests", "fixtures", "images")):
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if name.endswith((".png", ".jpg")):
                found.append(os.path.join(folder, name))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary folder and compare with the committed files")
    args = parser.parse_args()
    if not args.check:
        generate(ROOT)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        generate(scratch)
        expected = generated_files(scratch)
        different = [f for f in expected
                     if not os.path.exists(os.path.join(ROOT, f))
                     or not filecmp.cmp(os.path.join(scratch, f), os.path.join(ROOT, f), shallow=False)]
    for f in different:
        print(f"make-placeholder-images: {f} differs from what the script writes", file=sys.stderr)
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
