package org.ceasefire.platform;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires {@link SiteScope}: the application's connections are scoped, web requests set the site. */
@Configuration(proxyBeanMethods = false)
class SiteScopeConfiguration {

  @Bean
  static BeanPostProcessor siteScopedDataSource(Environment environment) {
    String fallback = environment.getProperty("ceasefire.database.default-scope", "");
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds && name.equals("dataSource")
            ? new SiteScopedDataSource(ds, fallback)
            : bean;
      }
    };
  }
}
