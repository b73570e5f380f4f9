package org.hubops.api.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.model.Kyiv;

/**
 * Makes hostile requests for every write endpoint from a seeded {@link Random}, so a failing run is
 * repeated exactly by its seed. Each starts from a valid body and mutates it: values of the wrong
 * type, huge or odd text, numbers out of range, deep nesting, fields gone or unknown, then maybe
 * broken bytes, a wrong content type, an odd path or query string. Paths name records with {@code
 * {hub}}, {@code {session}}, {@code {participant}} and {@code {equipment}}, filled in per service.
 */
final class HostileRequests {

  /** One request to send; {@code body} may be null. */
  record Request(String method, String target, String contentType, byte[] body) {

    String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + abbreviate(target)
          + " ["
          + contentType
          + "] "
          + abbreviate(text.replace("\n", " "));
    }

    private static String abbreviate(String text) {
      return text.length() <= 240 ? text : text.substring(0, 240) + "…(" + text.length() + ")";
    }
  }

  /**
   * A request whose hostility is in its headers, query string or page route rather than its body:
   * {@code page} when a browser's page answers it (an HTML error page, not problem+json), {@code
   * expected} the status it must get, or 0 for any that is not a 5xx.
   */
  record Probe(String target, Map<String, String> headers, boolean page, int expected) {

    String describe() {
      return "GET " + target + " " + headers;
    }
  }

  private record Endpoint(String method, String path, Function<Random, JsonNode> body) {}

  /** Headers no browser sends, each tried on an API route and on pages. */
  private static final List<Map<String, String>> ODD_HEADERS =
      List.of(
          Map.of("Accept-Language", "en;q=2"),
          Map.of("Accept-Language", ",,,"),
          Map.of("Accept-Language", "en;q=abc"),
          Map.of("Accept-Language", ";;;q="),
          Map.of("Accept-Language", "x".repeat(3000)),
          Map.of("Accept-Language", "*;q=0, uk-UA-x-very-long-private-tag-that-is-odd"),
          Map.of("X-Forwarded-For", "not an address, , 999.1.1.1"),
          Map.of("X-Forwarded-Proto", "gopher"),
          Map.of("Cookie", "lang=%00; hubops_session=%ZZ"),
          Map.of("Cookie", "lang=xx;;;=;"),
          Map.of("If-Modified-Since", "yesterday"),
          Map.of("Range", "bytes=9-1,x"));

  /** Query parameters that PostgreSQL cannot take (NUL) or that do not decode, per route. */
  private static final List<String> ODD_QUERY_ROUTES =
      List.of(
          "/api/v1/hubs?q=a%00b",
          "/api/v1/hubs?oblast=U%00A",
          "/api/v1/hubs?status=%00",
          "/api/v1/hubs/{hub}/participants?q=a%00b",
          "/api/v1/hubs/{hub}/sessions?from=%00",
          "/api/v1/hubs/{hub}/equipment?q=%00",
          "/api/v1/reports/quarterly?year=2025&quarter=1&oblast=U%00A",
          "/api/v1/reports/completeness?year=2025&quarter=1&oblast=U%00A",
          "/api/v1/reports/completeness/missing?year=2025&quarter=1&oblast=U%00A",
          "/api/v1/reminders?year=2025&quarter=%00",
          "/api/v1/reports/equipment?oblast=U%00A",
          "/api/v1/submissions?year=2025&quarter=1&oblast=U%00A",
          "/api/v1/audit?entity=HUB&id=a%00b",
          "/api/v1/privacy/access-log?participant=a%00b",
          "/api/v1/privacy/access-log?from=%00&to=2026-13-01",
          "/api/v1/places?q=a%00b",
          "/api/v1/accounts?q=%00");

  private static final List<String> ODD_PAGE_ROUTES =
      List.of(
          "/hubs?q=a%00b",
          "/hubs?oblast=U%00A",
          "/hubs/{hub}/participants?q=%00",
          "/hubs/{hub}/sessions?from=%00",
          "/dashboard?quarter=%00",
          "/dashboard?quarter=2025-Q9",
          "/accounts?q=%00");

  /** Every probe, in a fixed order (they are few enough to send them all). */
  static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (Map<String, String> headers : ODD_HEADERS) {
      // A cookie of its own may replace the login session's: then any answer but a 5xx will do.
      int ok = headers.containsKey("Cookie") ? 0 : 200;
      probes.add(new Probe("/api/v1/hubs", headers, false, 200));
      probes.add(new Probe("/api/v1/oblasts", headers, false, 200));
      probes.add(new Probe("/login", headers, true, 200));
      probes.add(new Probe("/hubs", headers, true, ok));
    }
    for (String accept : new String[] {";;;", "text/html;q=x", "/", "application/json;q=2;;"}) {
      probes.add(new Probe("/api/v1/hubs", Map.of("Accept", accept), false, 400));
      probes.add(new Probe("/hubs", Map.of("Accept", accept), true, 400));
    }
    for (String route : ODD_QUERY_ROUTES) {
      probes.add(new Probe(route, Map.of(), false, route.contains("%00") ? 422 : 0));
    }
    for (String route : ODD_PAGE_ROUTES) {
      probes.add(new Probe(route, Map.of(), true, route.contains("%00") ? 422 : 0));
    }
    for (String back :
        new String[] {"/%20a", "/%00", "/a%0d%0aSet-Cookie:x=1", "/%ZZ", "/%2e%2e/x"}) {
      probes.add(new Probe("/lang/en?back=" + back, Map.of(), true, 0));
    }
    probes.add(new Probe("/login?next=/hubs/x%20y", Map.of(), true, 200));
    probes.add(new Probe("/login?next=%00", Map.of(), true, 0));
    return probes;
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final LocalDate LAST_WEEK = LocalDate.now(Kyiv.ZONE).minusDays(7);

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("POST", "/api/v1/hubs", r -> hub(r, null)),
          new Endpoint("PUT", "/api/v1/hubs/{hub}", r -> hub(r, 1L)),
          new Endpoint("POST", "/api/v1/hubs/{hub}/sessions", r -> session(null)),
          new Endpoint("PUT", "/api/v1/hubs/{hub}/sessions/{new}", r -> session(null)),
          new Endpoint("PUT", "/api/v1/hubs/{hub}/sessions/{session}", r -> session(1L)),
          new Endpoint("DELETE", "/api/v1/hubs/{hub}/sessions/{session}?version=9", r -> null),
          new Endpoint("POST", "/api/v1/hubs/{hub}/participants", r -> participant(r, null)),
          new Endpoint(
              "PUT", "/api/v1/hubs/{hub}/participants/{participant}", r -> participant(r, 1L)),
          new Endpoint("DELETE", "/api/v1/hubs/{hub}/participants/{participant}", r -> null),
          new Endpoint("POST", "/api/v1/hubs/{hub}/equipment", r -> equipment(r, null)),
          new Endpoint("PUT", "/api/v1/hubs/{hub}/equipment/{equipment}", r -> equipment(r, 1L)),
          new Endpoint(
              "POST", "/api/v1/hubs/{hub}/equipment/{equipment}/status", HostileRequests::status));

  private static final String[] ODD_TEXT = {
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "\uDFFF\uD800",
    "\u202Eевітчеф",
    "👩‍👩‍👧‍👦",
    "e\u0301\u0301\u0301",
    "\uFEFF",
    "\u200B",
    "Е.1",
    "' or 1=1 --",
    "%s%n%x",
    "<script>alert(1)</script>",
    "=HYPERLINK(\"x\")",
    "../../etc/passwd",
    "null",
    "2025-02-30",
    "25:61",
    "+999999999-12-31",
    "-999999999-01-01",
    "0000-00-00",
    "NaN",
    "Infinity",
    "00000000-0000-0000-0000-000000000000",
    "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  };

  private static final String[] ODD_SEGMENTS = {
    "",
    "..",
    "%2e%2e",
    "%2F",
    "%2f..%2f",
    "%00",
    "%ZZ",
    "%",
    "%C0%AF",
    "%FF%FE",
    "null",
    "-1",
    "0",
    "9223372036854775808",
    "%20",
    ";x=1",
    ".",
    "ЛВ-0001",
    "%D0%9B%D0%92-0001",
    "6F1C0F0E-2F5D-4C1B-9A57-3F1F0C2D9E11",
    "6f1c0f0e-2f5d-4c1b-9a57-3f1f0c2d9e11x",
    "{hub}/..",
    "a/b/c",
  };

  private static final String[] ODD_QUERIES = {
    "?version=abc",
    "?version=-1",
    "?version=0",
    "?version=99999999999999999999",
    "?version=1e3",
    "?version=%ZZ",
    "?version=%00",
    "?version=1&version=2",
    "?&&&=&=",
    "?page=-1&size=999999",
    "?q=%27%20or%201%3D1",
    "?",
    "?=",
  };

  private static final String[] CONTENT_TYPES = {
    "text/plain",
    "application/xml",
    "application/json; charset=ISO-8859-1",
    "application/json; charset=bogus",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "*/*",
    "application/problem+json",
  };

  private final Random random;

  HostileRequests(long seed) {
    this.random = new Random(seed);
  }

  Request next() {
    Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
    String target = endpoint.path().replace("{new}", uuid(random).toString());
    if (random.nextInt(4) == 0) {
      target = oddPath(target);
    }
    if (random.nextInt(5) == 0) {
      target = target.replaceFirst("\\?.*$", "") + pick(ODD_QUERIES);
    }
    String contentType = random.nextInt(8) == 0 ? pick(CONTENT_TYPES) : "application/json";
    JsonNode body = endpoint.body().apply(random);
    if (body == null) {
      return new Request(endpoint.method(), target, contentType, null);
    }
    int treeMutations = random.nextInt(4);
    for (int i = 0; i < treeMutations; i++) {
      body = mutate(body);
    }
    byte[] bytes = bytes(body);
    if (random.nextInt(4) == 0) {
      bytes = breakBytes(bytes);
    }
    return new Request(endpoint.method(), target, contentType, bytes);
  }

  private String oddPath(String path) {
    String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
    String[] segments = path.replaceFirst("\\?.*$", "").split("/");
    int at = 3 + random.nextInt(segments.length - 3);
    segments[at] =
        switch (random.nextInt(4)) {
          case 0 -> "x".repeat(1 + random.nextInt(20_000));
          case 1 -> segments[at] + pick(ODD_SEGMENTS);
          default -> pick(ODD_SEGMENTS);
        };
    return String.join("/", segments) + query;
  }

  /** One change somewhere in the tree: a value swapped, a field dropped or added, nesting. */
  private JsonNode mutate(JsonNode root) {
    if (random.nextInt(20) == 0) {
      return hostileValue();
    }
    ObjectNode target = randomObject(root);
    List<String> fields = new ArrayList<>();
    target.fieldNames().forEachRemaining(fields::add);
    switch (random.nextInt(6)) {
      case 0 -> {
        if (!fields.isEmpty()) {
          target.remove(pick(fields));
        }
      }
      case 1 -> target.set("unexpected" + random.nextInt(3), hostileValue());
      case 2 -> target.set(fields.isEmpty() ? "x" : pick(fields), nested(random.nextInt(300)));
      default -> target.set(fields.isEmpty() ? "x" : pick(fields), hostileValue());
    }
    return root;
  }

  /** The root or an object inside it (an attendee, say), chosen at random. */
  private ObjectNode randomObject(JsonNode root) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    return objects.isEmpty() ? NODES.objectNode() : objects.get(random.nextInt(objects.size()));
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    node.forEach(child -> collect(child, objects));
  }

  private JsonNode hostileValue() {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(400))));
      case 4 -> NODES.numberNode(new BigDecimal("1e" + (random.nextInt(800) - 400)));
      case 5 -> NODES.numberNode(pick(new int[] {0, -1, 1, 600, 601, Integer.MIN_VALUE}));
      case 6 -> NODES.textNode("Ж".repeat(random.nextInt(50_000)));
      case 7 -> NODES.arrayNode().add(NODES.textNode(pick(ODD_TEXT))).addNull();
      case 8 -> NODES.objectNode().put("a", pick(ODD_TEXT));
      default -> NODES.textNode(pick(ODD_TEXT));
    };
  }

  private static JsonNode nested(int depth) {
    JsonNode node = NODES.textNode("deep");
    for (int i = 0; i < depth; i++) {
      node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
    }
    return node;
  }

  /** Damage at the byte level, where JSON stops being JSON (or UTF-8 stops being UTF-8). */
  private byte[] breakBytes(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(8)) {
      case 0 -> out.write(bytes, 0, at);
      case 7 -> {
        // Deeper than any writer makes: the parser's own nesting limit must answer.
        int depth = 1000 + random.nextInt(20_000);
        out.writeBytes("{\"title\":".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("[".repeat(depth).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("]".repeat(depth).getBytes(StandardCharsets.UTF_8));
        out.write('}');
      }
      case 1 -> {
        out.write(bytes, 0, at);
        out.writeBytes(pick(new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED}}));
        out.write(bytes, at, bytes.length - at);
      }
      case 2 -> {
        // Duplicate keys: the first object gets a second title (or a first one) up front.
        out.writeBytes("{\"title\":1,\"title\":\"twice\",".getBytes(StandardCharsets.UTF_8));
        out.write(bytes, 1, Math.max(0, bytes.length - 1));
      }
      case 3 -> {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(bytes);
      }
      case 4 ->
          out.writeBytes(pick(new String[] {"", "null", "[]", " ", "{}", "\"x\""}).getBytes());
      default -> {
        out.write(bytes, 0, at);
        out.write(random.nextInt(256));
        out.write(bytes, Math.min(bytes.length, at + 1), Math.max(0, bytes.length - at - 1));
      }
    }
    return out.toByteArray();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private byte[] pick(byte[][] values) {
    return values[random.nextInt(values.length)];
  }

  private int pick(int[] values) {
    return values[random.nextInt(values.length)];
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return Api.JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode tree(Object record, Long version) {
    ObjectNode node = Api.JSON.valueToTree(record);
    if (version != null) {
      node.put("version", version);
    }
    return node;
  }

  /** Ids from the seed, so that a run is repeated exactly. */
  private static UUID uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private static String code(Random random) {
    return uuid(random).toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static JsonNode hub(Random random, Long version) {
    return tree(
        Fixtures.hub("FZ-" + (1000 + random.nextInt(9000)), "UA-46", LocalDate.of(2023, 1, 15)),
        version);
  }

  private static JsonNode session(Long version) {
    return tree(Fixtures.session(LAST_WEEK, 4), version);
  }

  private static JsonNode participant(Random random, Long version) {
    return tree(Fixtures.participant("P-" + code(random)), version);
  }

  private static JsonNode equipment(Random random, Long version) {
    return tree(Fixtures.equipment("INV-" + code(random)), version);
  }

  private static JsonNode status(Random random) {
    ObjectNode change = NODES.objectNode();
    change.put("status", random.nextBoolean() ? "UNDER_REPAIR" : "IN_SERVICE");
    change.put("date", LAST_WEEK.toString());
    change.put("note", "Не вмикається");
    return change;
  }
}
