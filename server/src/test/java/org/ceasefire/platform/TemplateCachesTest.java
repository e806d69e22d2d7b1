package org.ceasefire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.ceasefire.testing.CeasefireTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

@CeasefireTest
class TemplateCachesTest {

  @Autowired SpringTemplateEngine engine;

  @Value("${spring.thymeleaf.enable-spring-el-compiler:false}")
  boolean springElCompiler;

  @Test
  void theEngineKeepsEveryParsedExpressionOfThePages() {
    assertThat(engine.getCacheManager())
        .isInstanceOfSatisfying(
            StandardCacheManager.class,
            c -> assertThat(c.getExpressionCacheMaxSize()).isEqualTo(TemplateCaches.EXPRESSIONS));
  }

  /** Compiled expressions were recompiled into new classes without end (see TemplateCaches). */
  @Test
  void theSpelCompilerIsOff() {
    assertThat(springElCompiler).isFalse();
    assertThat(engine.getEnableSpringELCompiler()).isFalse();
  }
}
