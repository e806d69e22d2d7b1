package org.ceasefire.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityOptionsTest {

  private static Jurisdiction city(long id, String name) {
    return new Jurisdiction(id, name, "CT", -72.9, 41.3, 1000);
  }

  private final CityOptions options = new CityOptions();
  private final List<Jurisdiction> cities =
      List.of(city(7, "New Haven"), city(12, "Town of \"Union\" <&> 'Falls'"));

  @Test
  void oneEscapedOptionPerCityInOrder() {
    assertThat(options.html(cities, null))
        .isEqualTo(
            "<option value=\"7\">New Haven</option>"
                + "<option value=\"12\">Town of &quot;Union&quot; &lt;&amp;&gt; &#39;Falls&#39;"
                + "</option>");
  }

  @Test
  void marksTheSelectedCityGivenAsANumberOrAsText() {
    String twelve =
        "<option value=\"12\" selected=\"selected\">Town of &quot;Union&quot; &lt;&amp;&gt;";
    assertThat(options.html(cities, 12L)).contains(twelve).containsOnlyOnce(" selected=");
    assertThat(options.html(cities, 12)).contains(twelve);
    assertThat(options.html(cities, " 12 ")).contains(twelve);
    assertThat(options.html(cities, 7L)).startsWith("<option value=\"7\" selected=\"selected\">");
    for (Object none : new Object[] {null, "", "x", 99L, List.of()}) {
      assertThat(options.html(cities, none)).doesNotContain("selected");
    }
  }

  @Test
  void aChangedListOfCitiesIsMadeAgain() {
    assertThat(options.html(cities, null)).contains("New Haven");
    List<Jurisdiction> renamed = List.of(city(7, "Hamden"));
    assertThat(options.html(renamed, 7L))
        .isEqualTo("<option value=\"7\" selected=\"selected\">Hamden</option>");
    assertThat(options.html(cities, null)).contains("New Haven").doesNotContain("Hamden");
  }
}
