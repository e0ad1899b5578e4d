package dev.compoundfer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Happily surprised", "happily_surprised", "HappilySurprised", "HAPPILY-SURPRISED",
      "  happily   surprised ", "HAPPILY_SURPRISED", "happily-Surprised"})
  void readsEverySpellingOfACompoundClassAsTheSameClass(String label) {
    // Given a compound class name in any of the spellings datasets use

    // When it is parsed
    Optional<Expression> parsed = ExpressionNames.parse(label);

    // Then it is Happily surprised
    assertEquals(Optional.of(Expression.HAPPILY_SURPRISED), parsed);
  }

  @ParameterizedTest
  @CsvSource({
    "anger, ANGRY", "Angry, ANGRY", "fear, FEARFUL", "fearful, FEARFUL", "Afraid, FEARFUL",
    "happiness, HAPPY", "HAPPY, HAPPY", "sadness, SAD", "sad, SAD", "surprise, SURPRISED",
    "Surprised, SURPRISED", "disgust, DISGUSTED", "disgusted, DISGUSTED", "Neutral, NEUTRAL",
    "SADLY_ANGRY, SADLY_ANGRY", "Sadly angry, SADLY_ANGRY", "appalled, APPALLED", "Hatred, HATRED", "awed, AWED",
    "FearfullyDisgusted, FEARFULLY_DISGUSTED", "disgustedly-surprised, DISGUSTEDLY_SURPRISED"
  })
  void readsNounAndAdjectiveFormsAndEnumNames(String label, Expression expected) {
    // Given a label as a noun, an adjective or the enum name

    // When it is parsed
    Optional<Expression> parsed = ExpressionNames.parse(label);

    // Then it names the expected class
    assertEquals(Optional.of(expected), parsed);
  }

  @ParameterizedTest
  @EnumSource(Expression.class)
  void readsEveryDisplayNameAndEveryEnumName(Expression expression) {
    // Given the display name and the enum name of each class

    // When they are parsed
    Optional<Expression> byDisplayName = ExpressionNames.parse(expression.displayName());
    Optional<Expression> byEnumName = ExpressionNames.parse(expression.name());

    // Then both name that class
    assertEquals(Optional.of(expression), byDisplayName);
    assertEquals(Optional.of(expression), byEnumName);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "confused", "happysurprised", "happily", "surprisedly happy", "contempt", "09"})
  void reportsUnknownLabelsAsEmptyInsteadOfGuessing(String label) {
    // Given a label that is not a name of any class

    // When it is parsed
    Optional<Expression> parsed = ExpressionNames.parse(label);

    // Then nothing is guessed
    assertEquals(Optional.empty(), parsed);
  }
}
