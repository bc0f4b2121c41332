package org.s2s4j.captioning.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws random scenes: 30% one shape (placed clearly in one of the nine ninths of the picture),
 * 15% two shapes alike (same kind and colour), 45% two different shapes, 10% three shapes alike.
 * Shapes never overlap (at least two pixels between their bounding boxes), and two shapes always
 * stand in one clear relation (left/right of, above/below; see {@link Scene}).
 */
final class SceneSampler {

  private static final int ATTEMPTS = 10_000;

  private final int width;
  private final int height;

  SceneSampler(int width, int height) {
    if (width < 32 || height < 32) {
      throw new IllegalArgumentException("pictures must be at least 32x32, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
  }

  Scene sample(SynthRandom random) {
    int type = random.nextInt(100);
    Shape first = shape(random, random.pick(ShapeKind.values()), random.pick(ShapeColour.values()));
    if (type < 30) {
      return placeAlone(first, random);
    }
    List<Shape> shapes = new ArrayList<>(List.of(first));
    if (type < 45 || type >= 90) {
      for (int i = type < 45 ? 1 : 2; i > 0; i--) {
        shapes.add(shape(random, first.kind(), first.colour()));
      }
    } else {
      Shape second;
      do {
        second = shape(random, random.pick(ShapeKind.values()), random.pick(ShapeColour.values()));
      } while (second.looksLike(first));
      shapes.add(second);
    }
    return place(shapes, random);
  }

  private Shape shape(SynthRandom random, ShapeKind kind, ShapeColour colour) {
    ShapeSize size = random.pick(ShapeSize.values());
    return new Shape(kind, colour, size, 0, 0, size.radius(Math.min(width, height)));
  }

  private Scene placeAlone(Shape s, SynthRandom random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Scene scene = new Scene(width, height, List.of(moved(s, random)));
      Shape placed = scene.shapes().get(0);
      if (scene.row(placed) != null && scene.column(placed) != null) {
        return scene;
      }
    }
    throw new IllegalStateException("cannot place a shape in a " + width + "x" + height + " picture");
  }

  private Scene place(List<Shape> shapes, SynthRandom random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<Shape> placed = new ArrayList<>(shapes.size());
      shapes.forEach(s -> placed.add(moved(s, random)));
      Scene scene = new Scene(width, height, placed);
      if (apart(placed) && (placed.size() != 2 || related(scene, placed.get(0), placed.get(1)))) {
        return scene;
      }
    }
    throw new IllegalStateException("cannot place " + shapes.size() + " shapes in a " + width + "x" + height + " picture");
  }

  /** {@code s} at a random centre that keeps it one pixel inside the picture. */
  private Shape moved(Shape s, SynthRandom random) {
    int r = s.radius();
    return new Shape(s.kind(), s.colour(), s.size(), random.between(r + 1, width - 2 - r),
        random.between(r + 1, height - 2 - r), r);
  }

  private static boolean apart(List<Shape> shapes) {
    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        Shape a = shapes.get(i);
        Shape b = shapes.get(j);
        int reach = a.radius() + b.radius() + 2;
        if (Math.abs(a.x() - b.x()) <= reach && Math.abs(a.y() - b.y()) <= reach) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean related(Scene scene, Shape a, Shape b) {
    return scene.leftOf(a, b) || scene.leftOf(b, a) || scene.above(a, b) || scene.above(b, a);
  }
}
