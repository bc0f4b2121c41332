package org.s2s4j.captioning.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A picture of shapes on a white background, and the facts a caption may state about it. The
 * relations are strict so that every caption is plainly true: {@code a} is left of {@code b} when
 * {@code b}'s centre is at least {@link #margin()} pixels further right and the horizontal
 * distance is at least twice the vertical one (likewise {@code above}); a shape is in a third of
 * the picture when its centre is more than {@link #positionMargin()} pixels from the third's
 * borders.
 *
 * @param width the picture's width in pixels
 * @param height its height
 * @param shapes the shapes, drawn in this order (the sampler never lets them touch)
 */
public record Scene(int width, int height, List<Shape> shapes) {

  /** A third of the picture along one axis: left/top, centre/middle, right/bottom. */
  public enum Third { FIRST, SECOND, LAST }

  public Scene {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("size " + width + "x" + height);
    }
    shapes = List.copyOf(shapes);
  }

  /** The least centre distance, in pixels, of a spatial relation. */
  public int margin() {
    return Math.max(4, Math.min(width, height) / 8);
  }

  /** How far inside a third a centre must be to be "in" it. */
  public int positionMargin() {
    return Math.max(1, Math.min(width, height) / 32);
  }

  /** Whether {@code a} is to the left of {@code b}. */
  public boolean leftOf(Shape a, Shape b) {
    int dx = b.x() - a.x();
    return dx >= margin() && dx >= 2 * Math.abs(b.y() - a.y());
  }

  /** Whether {@code a} is above {@code b}. */
  public boolean above(Shape a, Shape b) {
    int dy = b.y() - a.y();
    return dy >= margin() && dy >= 2 * Math.abs(b.x() - a.x());
  }

  /** Whether {@code a} and {@code b} are side by side (one left of the other). */
  public boolean nextTo(Shape a, Shape b) {
    return leftOf(a, b) || leftOf(b, a);
  }

  /** Which third of the width {@code s}'s centre is in, or null when it is near a border. */
  public Third column(Shape s) {
    return third(s.x(), width);
  }

  /** Which third of the height {@code s}'s centre is in, or null when it is near a border. */
  public Third row(Shape s) {
    return third(s.y(), height);
  }

  private Third third(int v, int extent) {
    int m = positionMargin();
    int t1 = extent / 3;
    int t2 = 2 * extent / 3;
    if (v < t1 - m) {
      return Third.FIRST;
    }
    if (v > t1 + m && v < t2 - m) {
      return Third.SECOND;
    }
    if (v > t2 + m) {
      return Third.LAST;
    }
    return null;
  }

  /** The scene as JSON: {@code {"width","height","shapes":[{"kind","colour","size","x","y","radius"}]}}. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("width", width);
    node.put("height", height);
    var array = node.putArray("shapes");
    for (Shape s : shapes) {
      ObjectNode o = array.addObject();
      o.put("kind", s.kind().word(false));
      o.put("colour", s.colour().word());
      o.put("size", s.size().name().toLowerCase(Locale.ROOT));
      o.put("x", s.x());
      o.put("y", s.y());
      o.put("radius", s.radius());
    }
    return node;
  }

  /** The scene {@link #toJson()} wrote. */
  public static Scene fromJson(JsonNode node) {
    List<Shape> shapes = new ArrayList<>();
    for (JsonNode o : node.get("shapes")) {
      shapes.add(new Shape(ShapeKind.of(o.get("kind").asText()), ShapeColour.of(o.get("colour").asText()),
          ShapeSize.of(o.get("size").asText()), o.get("x").asInt(), o.get("y").asInt(),
          o.get("radius").asInt()));
    }
    return new Scene(node.get("width").asInt(), node.get("height").asInt(), shapes);
  }
}
