package org.ceasefire.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's cache for every expression of every page. Its default keeps 500 parsed
 * expressions and the pages hold several thousand, so under load expressions were evicted and
 * parsed again all the time. With the SpEL compiler on (the fourth run of docs/benchmarks.md), each
 * new parse was also compiled into a new class: about 65 classes a second, which the JIT then
 * compiled again and the JVM never unloaded. Held whole, each expression is parsed once. The
 * compiler stays off all the same (application.properties): even with every expression held, its
 * mixed mode went on making classes, one for each recompilation after a compiled form failed.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

  /** Well above the pages' expressions: about 2,100 th: attributes, some holding several. */
  static final int EXPRESSIONS = 20_000;

  @Bean
  static BeanPostProcessor templateExpressionCache() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringTemplateEngine engine) {
          StandardCacheManager caches = new StandardCacheManager();
          caches.setExpressionCacheMaxSize(EXPRESSIONS);
          engine.setCacheManager(caches);
        }
        return bean;
      }
    };
  }
}
