package org.ceasefire.audit;

import java.io.PrintStream;
import org.springframework.context.ApplicationContext;

/**
 * {@code ./ceasefire audit verify}: walks the audit chain and names the first broken entry. Exit
 * code 0 when intact, 1 when broken, 2 on a usage error.
 */
public final class AuditCommand {

  private AuditCommand() {}

  public static int run(ApplicationContext context, String[] args, PrintStream out) {
    if (args.length != 1 || !args[0].equals("verify")) {
      out.println("usage: ceasefire audit verify");
      return 2;
    }
    AuditChain.Verification v = context.getBean(AuditChain.class).verify();
    out.println(v.describe());
    return v.intact() ? 0 : 1;
  }
}
