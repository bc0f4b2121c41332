package org.s2s4j.captioning.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes true English captions of a {@link Scene}, lower case and without punctuation, in the
 * manner of COCO's: noun phrases with or without the size ({@code a small red circle},
 * {@code an orange square}), counts in words with plural agreement ({@code there are two green
 * triangles}), one spatial relation between two shapes said from either side ({@code a red circle
 * to the left of a blue square}, {@code a blue square to the right of a red circle}), the position
 * of a lone shape ({@code in the top left corner}), and framings ({@code a picture of ...},
 * {@code ... on a white background}). Synonyms: small/little, large/big, below/under,
 * next to/beside, middle/centre, image/picture.
 *
 * <p>Only what holds is said: relations and positions as {@link Scene} defines them; sizes of
 * shapes alike only when they tell the shapes apart or are all the same.
 */
final class SceneDescriber {

  private SceneDescriber() {}

  /**
   * {@code count} different captions of {@code scene}, in random order (fewer only if the scene
   * has fewer ways to be said, which no scene of {@link SceneSampler} has for five).
   */
  static List<String> describe(Scene scene, int count, SynthRandom random) {
    List<Supplier<String>> templates = templates(scene, random);
    Set<String> captions = new LinkedHashSet<>();
    for (int attempt = 0; captions.size() < count && attempt < 50 * count; attempt++) {
      String caption = random.pick(templates).get();
      if (caption != null) {
        captions.add(caption);
      }
    }
    return new ArrayList<>(captions);
  }

  private static List<Supplier<String>> templates(Scene scene, SynthRandom r) {
    List<Shape> shapes = scene.shapes();
    List<Supplier<String>> t = new ArrayList<>();
    Shape a = shapes.get(0);
    if (shapes.size() == 1) {
      t.add(() -> np(a, true, r));
      t.add(() -> np(a, r.percent(50), r) + " on a white background");
      t.add(() -> join(np(a, r.percent(50), r), position(scene, a, r)));
      t.add(() -> join("there is", np(a, r.percent(50), r), position(scene, a, r)));
      t.add(() -> join(frame(r), np(a, r.percent(50), r)));
      t.add(() -> join(frame(r), np(a, r.percent(50), r), position(scene, a, r)));
      t.add(() -> join("one", adjectives(a, r.percent(50), r), a.kind().word(false), position(scene, a, r)));
      return t;
    }
    boolean alike = shapes.stream().allMatch(a::looksLike);
    if (!alike) {
      Shape b = shapes.get(1);
      t.add(() -> join(np(a, r.percent(50), r), relation(scene, a, b, r), np(b, r.percent(50), r)));
      t.add(() -> join(np(b, r.percent(50), r), relation(scene, b, a, r), np(a, r.percent(50), r)));
      t.add(() -> join(np(a, r.percent(50), r), "and", np(b, r.percent(50), r)));
      t.add(() -> join(np(b, r.percent(50), r), "and", np(a, r.percent(50), r)));
      t.add(() -> join(frame(r), np(a, r.percent(50), r), "and", np(b, r.percent(50), r)));
      t.add(() -> join(np(a, r.percent(50), r), relation(scene, a, b, r), np(b, r.percent(50), r),
          "on a white background"));
      t.add(() -> join("there is", np(a, r.percent(50), r), relation(scene, a, b, r), np(b, r.percent(50), r)));
      if (scene.nextTo(a, b)) {
        t.add(() -> join(np(a, r.percent(50), r), r.pick(List.of("next to", "beside")), np(b, r.percent(50), r)));
      }
      return t;
    }
    String number = shapes.size() == 2 ? "two" : "three";
    boolean sameSize = shapes.stream().allMatch(s -> s.size() == a.size());
    String kinds = a.kind().word(true);
    String colour = a.colour().word();
    Supplier<String> plural = () -> join(number, sameSize && r.percent(50) ? size(a, r) : "", colour, kinds);
    t.add(plural);
    t.add(() -> join("there are", plural.get()));
    t.add(() -> join(frame(r), plural.get()));
    t.add(() -> join(plural.get(), "on a white background"));
    t.add(() -> join(number, kinds));
    if (shapes.size() == 2) {
      Shape b = shapes.get(1);
      if (scene.nextTo(a, b)) {
        t.add(() -> join(plural.get(), "next to each other"));
      } else {
        t.add(() -> join(plural.get(), "one above the other"));
      }
      if (!sameSize) {
        t.add(() -> join(np(a, true, r), relation(scene, a, b, r), np(b, true, r)));
        t.add(() -> join(np(b, true, r), relation(scene, b, a, r), np(a, true, r)));
        t.add(() -> join(np(a, true, r), "and", np(b, true, r)));
      }
    }
    return t;
  }

  /** {@code a [size] colour kind}, with {@code an} before a vowel. */
  private static String np(Shape s, boolean withSize, SynthRandom r) {
    String words = join(adjectives(s, withSize, r), s.kind().word(false));
    return (startsWithVowel(words) ? "an " : "a ") + words;
  }

  private static String adjectives(Shape s, boolean withSize, SynthRandom r) {
    return join(withSize ? size(s, r) : "", s.colour().word());
  }

  private static String size(Shape s, SynthRandom r) {
    return r.pick(s.size().words());
  }

  private static String frame(SynthRandom r) {
    return r.pick(List.of("an image of", "a picture of"));
  }

  /** How {@code a} stands to {@code b}, or null when no relation holds. */
  private static String relation(Scene scene, Shape a, Shape b, SynthRandom r) {
    if (scene.leftOf(a, b)) {
      return "to the left of";
    }
    if (scene.leftOf(b, a)) {
      return "to the right of";
    }
    if (scene.above(a, b)) {
      return "above";
    }
    if (scene.above(b, a)) {
      return r.pick(List.of("below", "under"));
    }
    return null;
  }

  /** Where a lone shape is, or null when its centre is near a third's border. */
  private static String position(Scene scene, Shape s, SynthRandom r) {
    Scene.Third row = scene.row(s);
    Scene.Third column = scene.column(s);
    if (row == null || column == null) {
      return null;
    }
    String vertical = row == Scene.Third.FIRST ? "top" : row == Scene.Third.LAST ? "bottom" : null;
    String horizontal = column == Scene.Third.FIRST ? "left" : column == Scene.Third.LAST ? "right" : null;
    if (vertical != null && horizontal != null) {
      return "in the " + vertical + " " + horizontal + " corner";
    }
    if (vertical != null) {
      return "at the " + vertical;
    }
    if (horizontal != null) {
      return "on the " + horizontal;
    }
    return r.pick(List.of("in the middle", "in the centre"));
  }

  /**
   * The parts joined by spaces, skipping empty ones (an optional word left out); null when a part
   * is null (a relation or position that does not hold), so that nothing untrue is said.
   */
  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p == null) {
        return null;
      }
      if (p.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  private static boolean startsWithVowel(String words) {
    return "aeiou".indexOf(words.charAt(0)) >= 0;
  }
}
