package org.ceasefire.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request whose parameter (query or form) holds a NUL character before any handler sees
 * it: no PostgreSQL text can hold one, so it could only fail later as a database error (a 500) in
 * whichever query first received it. The answer is a 400 naming the parameter, and nothing is read
 * or changed.
 */
@Configuration(proxyBeanMethods = false)
class ParameterText implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // after the access check, so a request the user may not make is denied (and audited) as such
    registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      if (p.getKey().indexOf('\0') >= 0) {
        throw new BadParameterException(
            p.getKey().replace('\0', '?'), "its name holds a NUL character (byte 0)");
      }
      for (String value : p.getValue()) {
        if (value != null && value.indexOf('\0') >= 0) {
          throw new BadParameterException(
              p.getKey(), "its value holds a NUL character (byte 0), which no text may hold");
        }
      }
    }
    return true;
  }
}
