package org.s2s4j.captioning.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PalettePngTest {

  private static byte[] inflate(byte[] zlib) throws DataFormatException {
    Inflater inflater = new Inflater();
    inflater.setInput(zlib);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && inflater.needsInput() && !inflater.finished()) {
        throw new DataFormatException("truncated at " + out.size() + " of " + zlib.length + " bytes");
      }
      out.write(buffer, 0, n);
    }
    assertEquals(0, inflater.getRemaining(), "no bytes after the Adler-32");
    return out.toByteArray();
  }

  @Test
  void zlibStreamsInflateBackWithJavasZlib() throws DataFormatException {
    SynthRandom random = new SynthRandom(5);
    // runs longer than 258 and data beyond the 32 KiB window, few and many symbols, all 256 bytes
    for (int alphabet : new int[] {1, 2, 7, 256}) {
      for (int length : new int[] {0, 1, 2, 3, 259, 1000, 70_000}) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
          data[i] = random.percent(80) && i > 0 ? data[i - 1] : (byte) random.nextInt(alphabet);
        }
        for (int stride : new int[] {1, 5, 65}) {
          byte[] z = PalettePng.zlib(data, stride);
          try {
            assertArrayEquals(data, inflate(z), alphabet + "/" + length + "/" + stride);
          } catch (DataFormatException e) {
            throw new AssertionError(alphabet + "/" + length + "/" + stride + ": " + e.getMessage(), e);
          }
        }
      }
    }
  }

  @Test
  void imageIoReadsThePaletteColoursBack() throws Exception {
    int w = 23;
    int h = 9;
    byte[] indices = new byte[w * h];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = (byte) ((i / 3 + i / w) % 4);
    }
    int[] palette = {0xffffff, 0xdc1e1e, 0x000000, 0x123456};
    byte[] png = PalettePng.encode(w, h, indices, palette);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(w, image.getWidth());
    assertEquals(h, image.getHeight());
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        assertEquals(palette[indices[y * w + x]], image.getRGB(x, y) & 0xffffff, x + "," + y);
      }
    }
  }

  @Test
  void flatPicturesAreSmallAndHaveOnlyTheFourChunks() {
    byte[] indices = new byte[64 * 64];
    Arrays.fill(indices, 1000, 1400, (byte) 1);
    byte[] png = PalettePng.encode(64, 64, indices, new int[] {0xffffff, 0xff0000});
    assertTrue(png.length < 200, png.length + " bytes");
    String text = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("IHDR") && text.contains("PLTE") && text.contains("IDAT") && text.contains("IEND"));
    assertTrue(!text.contains("tIME") && !text.contains("tEXt"));
  }

  @Test
  void rejectsIndicesOutsideThePalette() {
    assertThrows(IllegalArgumentException.class,
        () -> PalettePng.encode(2, 1, new byte[] {0, 2}, new int[] {0, 1}));
  }
}
