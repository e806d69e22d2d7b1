package org.ceasefire.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.cli.InputException;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static CsvTable csv(String text) throws Exception {
    return CsvTable.read("events.csv", new StringReader(text));
  }

  @Test
  void refusesAnEmptyFileNamingIt() {
    assertThatThrownBy(() -> csv(""))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("events.csv:1")
        .hasMessageContaining("header");
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndNewlines() throws Exception {
    CsvTable t = csv("id,note\n1,\"a, \"\"b\"\"\nc\"\n2,plain\n");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.text(0, 1)).isEqualTo("a, \"b\"\nc");
    assertThat(t.line(1)).isEqualTo(4);
  }

  @Test
  void namesFileLineAndColumnOfABadNumber() throws Exception {
    CsvTable t = csv("id,x,y\n1,10,20\n2,ten,20\n");
    int x = t.column("x");
    assertThat(t.number(0, x)).isEqualTo(10.0);
    assertThatThrownBy(() -> t.number(1, x))
        .isInstanceOf(InputException.class)
        .hasMessage("events.csv:3: column 'x': not a number: 'ten'");
  }

  @Test
  void namesAMissingColumn() throws Exception {
    CsvTable t = csv("id,x\n1,2\n");
    assertThatThrownBy(() -> t.column("y")).hasMessageContaining("missing column 'y'");
  }

  @Test
  void readsDatesAndDateTimesAsUtcInstants() throws Exception {
    CsvTable t = csv("t\n2024-05-01\n2024-05-01T12:00:00\n2024-05-01T12:00:00-05:00\nsoon\n");
    assertThat(t.instant(0, 0)).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(t.instant(1, 0)).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(t.instant(2, 0)).isEqualTo(Instant.parse("2024-05-01T17:00:00Z"));
    assertThatThrownBy(() -> t.instant(3, 0)).hasMessageContaining("events.csv:5: column 't'");
  }

  @Test
  void refusesARowWithMoreFieldsThanTheHeader() {
    assertThatThrownBy(() -> csv("a,b\n1,2,3\n")).hasMessageContaining("events.csv:2");
  }

  @Test
  void writesJsonWithEscapesAndNullForNaN() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "a \"b\"\n");
    m.put("values", new double[] {1.0, 0.5, Double.NaN});
    m.put("list", List.of(1, true));
    assertThat(Json.write(m))
        .isEqualTo("{\"name\":\"a \\\"b\\\"\\n\",\"values\":[1,0.5,null],\"list\":[1,true]}");
  }
}
