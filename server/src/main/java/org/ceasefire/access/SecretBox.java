package org.ceasefire.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets (AES-256-GCM) before they reach the database, so a copy of the database or a
 * backup alone does not let anyone make a user's codes. The key comes from {@code
 * ceasefire.mfa.key} (base64 of 32 bytes, e.g. from {@code CEASEFIRE_MFA_KEY}); without it, from
 * the key file {@code ceasefire.mfa.key-file}, made on first start readable by its owner only. Lose
 * the key and every user must enrol again.
 */
@Component
class SecretBox {

  private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  SecretBox(
      @Value("${ceasefire.mfa.key:}") String key,
      @Value("${ceasefire.mfa.key-file:}") String keyFile) {
    this.key = new SecretKeySpec(keyBytes(key, keyFile, random), "AES");
  }

  byte[] seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a secret", e);
    }
  }

  String open(byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot open a sealed TOTP secret: was ceasefire.mfa.key changed?", e);
    }
  }

  private static byte[] keyBytes(String key, String keyFile, SecureRandom random) {
    if (!key.isBlank()) {
      return decode(key, "ceasefire.mfa.key");
    }
    if (keyFile.isBlank()) {
      throw new IllegalStateException("set ceasefire.mfa.key or ceasefire.mfa.key-file");
    }
    Path file = Path.of(keyFile);
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file).trim(), file.toString());
      }
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.warn("Cannot restrict the permissions of {}: protect it yourself", file);
      }
      log.info("Made a new key for second-factor secrets in {}; keep it with the backups", file);
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make the key file " + file, e);
    }
  }

  private static byte[] decode(String base64, String source) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length != 32) {
      throw new IllegalStateException(source + " must be base64 of 32 bytes (AES-256)");
    }
    return bytes;
  }
}
