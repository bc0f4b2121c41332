package org.s2s4j.captioning.synth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Encodes an 8-bit palette image as PNG with a deflate coder of its own, so that the same pixels
 * give the same bytes on every machine: {@link java.util.zip.Deflater} (and so ImageIO's PNG
 * writer) compresses with whatever zlib the JDK was built with, and zlib, zlib-ng and other forks
 * produce different (equally valid) streams.
 *
 * <p>The coder is simple and exact: one fixed-Huffman block, greedy matches at distance 1 (runs
 * along a row) and at the row stride (the row above), literals otherwise. Flat-coloured pictures
 * shrink to a few hundred bytes. No time, text or gamma chunks: IHDR, PLTE, IDAT, IEND.
 */
final class PalettePng {

  private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27,
      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3,
      3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
      193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
  private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7,
      8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
  private static final int MAX_MATCH = 258;
  private static final int MAX_DISTANCE = 32768;

  private PalettePng() {}

  /**
   * The PNG of a {@code width x height} image whose pixel (x, y) has palette index
   * {@code indices[y * width + x]}; {@code palette} holds {@code 0xRRGGBB} colours (at most 256).
   */
  static byte[] encode(int width, int height, byte[] indices, int[] palette) {
    if (width <= 0 || height <= 0 || indices.length != width * height) {
      throw new IllegalArgumentException(indices.length + " indices for " + width + "x" + height);
    }
    if (palette.length == 0 || palette.length > 256) {
      throw new IllegalArgumentException("palette of " + palette.length + " colours");
    }
    if (width + 1 > MAX_DISTANCE) {
      throw new IllegalArgumentException("rows longer than " + (MAX_DISTANCE - 1) + " pixels");
    }
    for (byte b : indices) {
      if ((b & 0xff) >= palette.length) {
        throw new IllegalArgumentException("index " + (b & 0xff) + " outside the palette");
      }
    }
    int stride = width + 1;
    byte[] raw = new byte[stride * height]; // filter type 0 (None) before every row
    for (int y = 0; y < height; y++) {
      System.arraycopy(indices, y * width, raw, y * stride + 1, width);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(512);
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
    int32(ihdr, width);
    int32(ihdr, height);
    ihdr.writeBytes(new byte[] {8, 3, 0, 0, 0}); // 8 bits, palette, deflate, no filter tricks, no interlace
    chunk(png, "IHDR", ihdr.toByteArray());
    byte[] plte = new byte[3 * palette.length];
    for (int i = 0; i < palette.length; i++) {
      plte[3 * i] = (byte) (palette[i] >> 16);
      plte[3 * i + 1] = (byte) (palette[i] >> 8);
      plte[3 * i + 2] = (byte) palette[i];
    }
    chunk(png, "PLTE", plte);
    chunk(png, "IDAT", zlib(raw, stride));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A zlib stream (RFC 1950) of {@code data}: one fixed-Huffman deflate block (RFC 1951). */
  static byte[] zlib(byte[] data, int stride) {
    BitWriter out = new BitWriter();
    out.bytes.write(0x78); // deflate, 32 KiB window
    out.bytes.write(0x01); // fastest; (0x78 << 8 | 0x01) % 31 == 0
    out.bits(1, 1); // final block
    out.bits(1, 2); // fixed Huffman codes
    int i = 0;
    while (i < data.length) {
      int best = 0;
      int bestDistance = 0;
      for (int distance : new int[] {stride, 1}) {
        if (distance <= i && distance <= MAX_DISTANCE) {
          int len = 0;
          int max = Math.min(MAX_MATCH, data.length - i);
          while (len < max && data[i + len] == data[i + len - distance]) {
            len++;
          }
          if (len > best) {
            best = len;
            bestDistance = distance;
          }
        }
      }
      if (best >= 3) {
        match(out, best, bestDistance);
        i += best;
      } else {
        literal(out, data[i] & 0xff);
        i++;
      }
    }
    literal(out, 256); // end of block
    out.flush();
    Adler32 adler = new Adler32();
    adler.update(data);
    int32(out.bytes, (int) adler.getValue());
    return out.bytes.toByteArray();
  }

  private static void literal(BitWriter out, int symbol) {
    if (symbol < 144) {
      out.code(0x30 + symbol, 8);
    } else if (symbol < 256) {
      out.code(0x190 + symbol - 144, 9);
    } else if (symbol < 280) {
      out.code(symbol - 256, 7);
    } else {
      out.code(0xc0 + symbol - 280, 8);
    }
  }

  private static void match(BitWriter out, int length, int distance) {
    int l = LENGTH_BASE.length - 1;
    while (LENGTH_BASE[l] > length) {
      l--;
    }
    literal(out, 257 + l);
    out.bits(length - LENGTH_BASE[l], LENGTH_EXTRA[l]);
    int d = DIST_BASE.length - 1;
    while (DIST_BASE[d] > distance) {
      d--;
    }
    out.code(d, 5);
    out.bits(distance - DIST_BASE[d], DIST_EXTRA[d]);
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    int32(png, data.length);
    png.writeBytes(name);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    int32(png, (int) crc.getValue());
  }

  private static void int32(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  /** Deflate's bit order: values least significant bit first, Huffman codes most significant first. */
  private static final class BitWriter {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private int buffer;
    private int count;

    void bits(int value, int n) {
      for (int k = 0; k < n; k++) {
        buffer |= ((value >>> k) & 1) << count;
        if (++count == 8) {
          bytes.write(buffer);
          buffer = 0;
          count = 0;
        }
      }
    }

    void code(int code, int n) {
      for (int k = n - 1; k >= 0; k--) {
        bits(code >>> k, 1);
      }
    }

    void flush() {
      if (count > 0) {
        bytes.write(buffer);
        buffer = 0;
        count = 0;
      }
    }
  }
}
