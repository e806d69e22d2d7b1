package org.ceasefire.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A JSON body whose text holds a NUL character (U+0000) is refused while it is read, as a 400
 * naming the field: no PostgreSQL text can hold one, so it would otherwise fail as a database error
 * in whichever statement first received it. The same rule as {@link ParameterText} for query and
 * form parameters.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

  @Bean
  JacksonModule noNulInJsonText() {
    return new SimpleModule("ceasefire-json-text").addDeserializer(String.class, new NoNul());
  }

  /** The refusal, named by the field path Jackson adds on the way out. */
  static final class NulInText extends MismatchedInputException {
    NulInText(JsonParser p) {
      super(p, "holds a NUL character (\\u0000), which no text may hold", p.currentLocation());
    }
  }

  static final class NoNul extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = super.deserialize(p, ctxt);
      if (text != null && text.indexOf('\0') >= 0) {
        throw new NulInText(p);
      }
      return text;
    }
  }
}
