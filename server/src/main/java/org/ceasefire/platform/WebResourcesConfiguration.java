package org.ceasefire.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link to WebJars by versionless paths, which the resource handler resolves when the file is
 * asked for; nothing rewrites links. Spring Boot would otherwise register {@link
 * ResourceUrlEncodingFilter} (WebJars locator present), which looks up every link a page renders —
 * {@code /people/123} too — as a classpath resource inside the application jar behind one lock: on
 * a list page under load, requests queued on that lock for seconds.
 */
@Configuration(proxyBeanMethods = false)
class WebResourcesConfiguration {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> off =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    off.setEnabled(false);
    return off;
  }
}
