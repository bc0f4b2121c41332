package org.s2s4j.corpora.captions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import org.s2s4j.corpora.io.CloseableIterator;

/** Captions from the elements of a {@link JsonArrayStream}, each element giving zero or more. */
abstract class CaptionIterator implements CloseableIterator<Caption> {

  private final JsonArrayStream elements;
  private final ArrayDeque<Caption> pending = new ArrayDeque<>();
  private boolean done;

  CaptionIterator(JsonArrayStream elements) {
    this.elements = elements;
  }

  /** The captions of one array element. */
  abstract List<Caption> captions(JsonNode element, JsonArrayStream in) throws IOException;

  @Override
  public final boolean hasNext() {
    try {
      while (pending.isEmpty() && !done) {
        JsonNode element = elements.next();
        if (element == null) {
          done = true;
        } else {
          pending.addAll(captions(element, elements));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return !pending.isEmpty();
  }

  @Override
  public final Caption next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }

  @Override
  public final void close() {
    try {
      elements.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
