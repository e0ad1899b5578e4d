package dev.compoundfer.it.remote;

import dev.compoundfer.ejb.inference.Recognition;
import dev.compoundfer.ejb.inference.RemoteExpressionRecognizer;
import dev.compoundfer.ejb.inference.UnreadableImageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * An example of another application calling the recognizer's remote view over IIOP. Run it with Payara's
 * {@code gf-client.jar} from inside the Payara installation (its manifest class path is relative) and the EJB
 * client jar, on JDK 17:
 *
 * <pre>
 *   cd payara6/glassfish/lib
 *   java --add-opens=java.base/java.lang=ALL-UNNAMED \
 *        -cp gf-client.jar:compound-fer-ejb-client.jar:. dev.compoundfer.it.remote.RemoteRecognitionClient \
 *        localhost 3700 face.png [user password]
 * </pre>
 *
 * With a user and password the client logs in first through GlassFish's {@code ProgrammaticLogin} (CSIv2 over
 * IIOP; {@code com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin} on Payara 6). IIOP callers are checked against the server's {@code file} realm, not the application's user table (that
 * identity store serves HTTP only): create them with {@code asadmin create-file-user --groups fer-client NAME}.
 *
 * <p>Prints one line per call: {@code single label=... version=... classes=... cropped=...}, {@code batch size=...},
 * or {@code refused type=... reason=... message=...} for an image the service cannot read.
 */
public final class RemoteRecognitionClient {
  /** The portable JNDI name of the remote view. */
  public static final String NAME = "java:global/compound-fer/compound-fer-ejb/ExpressionRecognizerBean!"
      + RemoteExpressionRecognizer.class.getName();

  private RemoteRecognitionClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 && args.length != 5) {
      System.err.println("usage: RemoteRecognitionClient host port image [user password]");
      System.exit(2);
    }
    if (args.length == 5) {
      login(args[3], args[4]);
    }
    Properties environment = new Properties();
    environment.setProperty("org.omg.CORBA.ORBInitialHost", args[0]);
    environment.setProperty("org.omg.CORBA.ORBInitialPort", args[1]);
    byte[] image = Files.readAllBytes(Path.of(args[2]));
    try {
      // Without a user of role fer-client or fer-admin the lookup itself fails (CORBA NO_PERMISSION).
      RemoteExpressionRecognizer recognizer =
          (RemoteExpressionRecognizer) new InitialContext(environment).lookup(NAME);
      Recognition answer = recognizer.recognize(image);
      System.out.println("single label=" + answer.getLabel() + " version=" + answer.getModelVersion() + " classes="
          + answer.getProbabilities().size() + " cropped=" + answer.isFaceCropped());
      List<Recognition> batch = recognizer.recognizeAll(List.of(image, image));
      System.out.println("batch size=" + batch.size() + " labels=" + batch.get(0).getLabel() + "," + batch.get(1).getLabel());
    } catch (UnreadableImageException e) {
      System.out.println("refused type=" + e.getClass().getSimpleName() + " reason=" + e.reason() + " message="
          + e.getMessage());
    } catch (RuntimeException | NamingException e) {
      // The message of every cause, on one line: a refused caller shows as CORBA NO_PERMISSION somewhere in there.
      StringBuilder causes = new StringBuilder();
      for (Throwable c = e.getCause() != null ? e.getCause()
          : e instanceof NamingException n ? n.getRootCause() : null; c != null; c = c.getCause()) {
        causes.append(" cause=").append(c.getClass().getSimpleName()).append(": ")
            .append(String.valueOf(c.getMessage()).replace('\n', ' '));
      }
      System.out.println("failed type=" + e.getClass().getSimpleName() + " message="
          + String.valueOf(e.getMessage()).replace('\n', ' ') + causes);
    }
    System.exit(0); // the ORB's threads would keep the JVM alive
  }

  /**
   * Logs in for the calls that follow (CSIv2 over IIOP): GlassFish's {@code ProgrammaticLogin}, by reflection so
   * that compiling this example needs no Payara jar.
   */
  public static void login(String user, String password) throws ReflectiveOperationException {
    // Payara 6 moved it from com.sun.appserv.security (GlassFish 3-5) to security-ee.jar, on gf-client's class path.
    Class<?> type = Class.forName("com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin");
    Object login = type.getConstructor().newInstance();
    Object ok = type.getMethod("login", String.class, char[].class).invoke(login, user, password.toCharArray());
    if (!Boolean.TRUE.equals(ok)) {
      throw new IllegalStateException("ProgrammaticLogin refused " + user);
    }
  }
}
