package org.s2s4j.evaluation.caption;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP 3.4.1's command-line tokenizer, run in-process.
 *
 * <p>The 3.4.1 jar is embedded in this module as a resource and loaded in its own class loader
 * whose parent is the platform class loader, so it never sees the CoreNLP 4.x classes on the
 * application class path. {@link #tokenize(String)} calls the very routine behind
 * {@code java edu.stanford.nlp.process.PTBTokenizer -preserveLines -lowerCase FILE}, so its
 * output is that command's output byte for byte. The only option added is
 * {@code untokenizable=noneDelete}: untokenizable characters are deleted exactly as the command
 * does by default, but without its warning on stderr. Thread-safe.
 */
final class LegacyCorenlp {

  /** Resource name of the embedded jar (copied there by the build). */
  static final String JAR_RESOURCE = "stanford-corenlp-coco.jar";

  /** The version of the embedded jar. */
  static final String VERSION = "3.4.1";

  private static final Logger LOG = LoggerFactory.getLogger(LegacyCorenlp.class);
  private static final String OPTIONS = ",tokenizeNLs,untokenizable=noneDelete";

  private final Method tokReader;

  private LegacyCorenlp(Method tokReader) {
    this.tokReader = tokReader;
  }

  private static final class Holder {
    static final LegacyCorenlp INSTANCE = load();
  }

  /** The shared instance; loads the jar on first use. */
  static LegacyCorenlp get() {
    return Holder.INSTANCE;
  }

  /**
   * Tokenizes {@code text} as the 3.4.1 command line does with {@code -preserveLines -lowerCase}:
   * tokens separated by one space, each input line break becoming one output line break.
   */
  String tokenize(String text) {
    StringWriter out = new StringWriter(text.length() + text.length() / 4 + 16);
    try (BufferedWriter writer = new BufferedWriter(out)) {
      tokReader.invoke(null, new StringReader(text), writer, null, OPTIONS, true, false, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call the CoreNLP " + VERSION + " tokenizer", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("CoreNLP " + VERSION + " tokenizer failed: " + cause, cause);
    }
    return out.toString();
  }

  private static LegacyCorenlp load() {
    URL jar = LegacyCorenlp.class.getResource(JAR_RESOURCE);
    if (jar == null) {
      throw new IllegalStateException("the CoreNLP " + VERSION + " jar (" + JAR_RESOURCE
          + ") is missing from the s2s4j-evaluation jar; rebuild it with Maven");
    }
    try {
      URL url = "file".equals(jar.getProtocol()) ? jar : extract(jar);
      // Never closed: the class loader lives as long as the JVM.
      @SuppressWarnings("resource")
      URLClassLoader loader = new URLClassLoader(
          "corenlp-" + VERSION, new URL[] {url}, ClassLoader.getPlatformClassLoader());
      Class<?> ptb = Class.forName("edu.stanford.nlp.process.PTBTokenizer", true, loader);
      Method m = ptb.getDeclaredMethod("tokReader", Reader.class, BufferedWriter.class,
          Pattern.class, String.class, boolean.class, boolean.class, boolean.class);
      m.setAccessible(true);
      LOG.debug("loaded CoreNLP {} tokenizer from {}", VERSION, url);
      return new LegacyCorenlp(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the CoreNLP " + VERSION + " jar", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the embedded CoreNLP jar is not version " + VERSION, e);
    }
  }

  private static URL extract(URL jar) throws IOException {
    Path temp = Files.createTempFile("s2s4j-corenlp-" + VERSION + "-", ".jar");
    temp.toFile().deleteOnExit();
    try (InputStream in = jar.openStream()) {
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
    }
    return temp.toUri().toURL();
  }
}
