package org.s2s4j.captioning.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An independent reading of a synthetic caption: parses it with its own small grammar and checks
 * each claim against the scene's shapes with plain arithmetic (a 64-pixel picture: relations need
 * 8 pixels between centres, thirds end at 21 and 42), not with {@link Scene}'s predicates.
 */
final class CaptionTruth {

  static final Set<String> VOCABULARY = Set.of("a", "an", "one", "two", "three", "small", "little",
      "large", "big", "red", "green", "blue", "yellow", "purple", "orange", "circle", "circles",
      "square", "squares", "triangle", "triangles", "diamond", "diamonds", "on", "white",
      "background", "in", "at", "the", "top", "bottom", "left", "right", "corner", "middle", "centre",
      "there", "is", "are", "image", "picture", "of", "to", "above", "below", "under", "next",
      "beside", "and", "each", "other");

  private record Phrase(int count, boolean exact, String size, String colour, String kind) {

    boolean matches(Shape s) {
      return s.kind().word(false).equals(kind)
          && (colour == null || s.colour().word().equals(colour))
          && (size == null || s.size().words().contains(size));
    }
  }

  private final Shape[] shapes;
  private final List<String> tokens;
  private int at;

  private CaptionTruth(Scene scene, String caption) {
    this.shapes = scene.shapes().toArray(new Shape[0]);
    this.tokens = new ArrayList<>(Arrays.asList(caption.split(" ")));
  }

  /** Throws an AssertionError saying what is wrong when {@code caption} is not true of {@code scene}. */
  static void check(Scene scene, String caption) {
    if (scene.width() != 64 || scene.height() != 64) {
      throw new IllegalArgumentException("written for 64x64 pictures");
    }
    new CaptionTruth(scene, caption).check();
  }

  private void check() {
    for (String t : tokens) {
      expect(VOCABULARY.contains(t), "unknown word '" + t + "'");
    }
    Boolean thereIsPlural = null;
    if (take("there", "is")) {
      thereIsPlural = false;
    } else if (take("there", "are")) {
      thereIsPlural = true;
    } else if (!take("an", "image", "of")) {
      take("a", "picture", "of");
    }
    if (tokens.size() >= 4 && String.join(" ", tokens.subList(tokens.size() - 4, tokens.size()))
        .equals("on a white background")) {
      tokens.subList(tokens.size() - 4, tokens.size()).clear();
    }
    Phrase first = phrase();
    if (thereIsPlural != null) {
      expect(thereIsPlural == (first.count() > 1), "'there is/are' does not agree");
    }
    List<Shape> firsts = matching(first);
    if (at == tokens.size()) {
      return;
    }
    if (first.count() > 1) {
      Shape a = firsts.get(0);
      Shape b = firsts.get(1);
      int dx = Math.abs(a.x() - b.x());
      int dy = Math.abs(a.y() - b.y());
      if (take("next", "to", "each", "other")) {
        expect(first.count() == 2 && dx >= 8 && dx > dy, "not next to each other");
      } else {
        expect(take("one", "above", "the", "other") && first.count() == 2 && dy >= 8 && dy > dx,
            "not one above the other");
      }
    } else if (tokens.get(at).equals("in") || tokens.get(at).equals("at") || tokens.get(at).equals("on")) {
      String where = String.join(" ", tokens.subList(at, tokens.size())).replace("centre", "middle");
      at = tokens.size();
      expect(firsts.stream().anyMatch(s -> where.equals(position(s))), "no shape is " + where);
    } else {
      String relation = relationWords();
      Phrase second = phrase();
      List<Shape> seconds = matching(second);
      expect(firsts.stream().anyMatch(a -> seconds.stream().anyMatch(b -> a != b && holds(relation, a, b))),
          "'" + relation + "' does not hold");
    }
    expect(at == tokens.size(), "unparsed words from " + at);
  }

  private String relationWords() {
    for (String r : List.of("to the left of", "to the right of", "above", "below", "under", "next to",
        "beside", "and")) {
      if (take(r.split(" "))) {
        return r;
      }
    }
    throw new AssertionError("no relation at word " + at + " of " + tokens);
  }

  private static boolean holds(String relation, Shape a, Shape b) {
    int dx = b.x() - a.x();
    int dy = b.y() - a.y();
    return switch (relation) {
      case "to the left of" -> dx >= 8;
      case "to the right of" -> dx <= -8;
      case "above" -> dy >= 8;
      case "below", "under" -> dy <= -8;
      case "next to", "beside" -> Math.abs(dx) >= 8 && Math.abs(dx) > Math.abs(dy);
      case "and" -> true;
      default -> throw new AssertionError(relation);
    };
  }

  /** The position phrase that is true of a lone shape, from the centre's thirds with a 1-pixel margin. */
  private static String position(Shape s) {
    String v = s.y() < 20 ? "top" : s.y() > 22 && s.y() < 41 ? "" : s.y() > 43 ? "bottom" : null;
    String h = s.x() < 20 ? "left" : s.x() > 22 && s.x() < 41 ? "" : s.x() > 43 ? "right" : null;
    if (v == null || h == null) {
      return "nowhere";
    }
    if (!v.isEmpty() && !h.isEmpty()) {
      return "in the " + v + " " + h + " corner";
    }
    if (!v.isEmpty()) {
      return "at the " + v;
    }
    if (!h.isEmpty()) {
      return "on the " + h;
    }
    return "in the middle"; // or "in the centre", which check() reads as this
  }

  /** {@code (a|an|one|two|three) [size] [colour] kind}, with article and number agreement. */
  private Phrase phrase() {
    expect(at < tokens.size(), "missing noun phrase");
    String det = tokens.get(at++);
    int count = switch (det) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      default -> throw new AssertionError("no determiner: '" + det + "' in " + tokens);
    };
    expect(at < tokens.size(), "missing noun");
    if (det.equals("a") || det.equals("an")) {
      expect(det.equals("an") == "aeiou".indexOf(tokens.get(at).charAt(0)) >= 0, "'" + det + " " + tokens.get(at) + "'");
    }
    String size = null;
    if (Set.of("small", "little", "large", "big").contains(tokens.get(at))) {
      size = tokens.get(at++);
    }
    String colour = null;
    if (Set.of("red", "green", "blue", "yellow", "purple", "orange").contains(tokens.get(at))) {
      colour = tokens.get(at++);
    }
    String noun = tokens.get(at++);
    boolean plural = noun.endsWith("s");
    expect(plural == (count > 1), "number of '" + det + " ... " + noun + "'");
    String kind = plural ? noun.substring(0, noun.length() - 1) : noun;
    expect(Set.of("circle", "square", "triangle", "diamond").contains(kind), "no shape: " + noun);
    return new Phrase(count, !det.startsWith("a"), size, colour, kind);
  }

  /** The shapes a phrase can name; a number or "one" must be the exact count. */
  private List<Shape> matching(Phrase p) {
    List<Shape> found = new ArrayList<>();
    for (Shape s : shapes) {
      if (p.matches(s)) {
        found.add(s);
      }
    }
    expect(!found.isEmpty(), "no such shape: " + p);
    if (p.exact()) {
      expect(found.size() == p.count(), p.count() + " said, " + found.size() + " there");
    }
    return found;
  }

  private boolean take(String... words) {
    if (at + words.length > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!tokens.get(at + i).equals(words[i])) {
        return false;
      }
    }
    at += words.length;
    return true;
  }

  private void expect(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem + ": '" + String.join(" ", tokens) + "' of " + Arrays.toString(shapes));
    }
  }
}
