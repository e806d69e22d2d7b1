package org.ceasefire.evaluation;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The site's extract key, made from a strong random source on first use and never changed by the
 * application (it may only insert and read the row), so pseudonyms stay stable across extracts.
 */
@Repository
class ExtractKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  ExtractKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Key(byte[] hmacKey, int maxShift) {}

  Pseudonyms of(long site) {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    jdbc.sql(
            """
            insert into evaluation_extract_key (site_id, hmac_key) values (:site, :key)
            on conflict (site_id) do nothing
            """)
        .param("site", site)
        .param("key", fresh)
        .update();
    Key k =
        jdbc.sql("select hmac_key, max_shift from evaluation_extract_key where site_id = :site")
            .param("site", site)
            .query(Key.class)
            .single();
    return new Pseudonyms(k.hmacKey(), k.maxShift());
  }
}
