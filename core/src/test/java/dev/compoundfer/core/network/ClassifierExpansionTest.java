package dev.compoundfer.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.training.NetworkSession;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassifierExpansionTest {

  @Test
  void keepsTheOldRowsBitIdenticalAndAddsOneXavierRowWithZeroBias() {
    try (NetworkSession session =
        new NetworkSession("expansion", ExpressionNetwork.create("small", 6, 1L), 1, 16, "cpu")) {
      float[] oldWeight = session.network().classifier().weightValues();
      float[] oldBias = session.network().classifier().biasValues();
      byte[] oldFeatures = featureBytes(session);

      session.replaceNetwork(session.network().expanded(2L));

      ClassifierBlock expanded = session.network().classifier();
      float[] weight = expanded.weightValues();
      float[] bias = expanded.biasValues();
      assertEquals(7, expanded.classes());
      assertEquals(7 * 32, weight.length);
      assertArrayEquals(oldWeight, Arrays.copyOf(weight, oldWeight.length), "old rows");
      assertArrayEquals(oldBias, Arrays.copyOf(bias, 6), "old bias");
      assertEquals(0f, bias[6]);
      double limit = Math.sqrt(6.0 / 33);
      for (int i = oldWeight.length; i < weight.length; i++) {
        assertTrue(Math.abs(weight[i]) <= limit, "new weight " + weight[i] + " within ±" + limit);
      }
      assertArrayEquals(oldFeatures, featureBytes(session), "features unchanged");
    }
  }

  private static byte[] featureBytes(NetworkSession session) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      session.network().features().saveParameters(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
