package dev.parallax.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  private static final EntityMerger MERGER = EntityMerger.standard();

  private static EntityMention m(String text, EntityType type) {
    return new EntityMention(text, 0, text.length(), type);
  }

  private static SourcedMentions article(String source, EntityMention... mentions) {
    return new SourcedMentions(source, List.of(mentions));
  }

  private static StoryEntity named(List<StoryEntity> entities, String canonical) {
    return entities.stream().filter(e -> e.canonical().equals(canonical)).findFirst().orElseThrow();
  }

  @Test
  void surnameAndTitledFormsJoinTheFullName() {
    List<StoryEntity> entities =
        MERGER.merge(
            List.of(
                article("bbc", m("Ashraf Ghani", EntityType.PERSON), m("Ghani", EntityType.PERSON)),
                article("reuters", m("President Ashraf Ghani", EntityType.PERSON)),
                article("aljazeera", m("Ghani", EntityType.PERSON), m("Doha", EntityType.PLACE))));
    assertThat(entities).hasSize(2);
    StoryEntity ghani = entities.get(0);
    assertThat(ghani.canonical()).isEqualTo("Ashraf Ghani");
    assertThat(ghani.type()).isEqualTo(EntityType.PERSON);
    assertThat(ghani.mentions()).isEqualTo(4);
    assertThat(ghani.sources()).isEqualTo(3);
    assertThat(ghani.forms()).containsExactly("Ashraf Ghani", "Ghani");
  }

  @Test
  void aliasesOfTheUnitedStatesAreOneEntity() {
    List<StoryEntity> entities =
        MERGER.merge(
            List.of(
                article("a", m("U.S.", EntityType.PLACE), m("US", EntityType.PLACE)),
                article("b", m("United States", EntityType.PLACE), m("U. S.", EntityType.PLACE))));
    assertThat(entities)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.canonical()).isEqualTo("United States");
              assertThat(e.mentions()).isEqualTo(4);
              assertThat(e.sources()).isEqualTo(2);
              assertThat(e.forms()).containsExactlyInAnyOrder("U.S.", "US", "United States");
            });
  }

  @Test
  void anAmbiguousSurnameStaysApart() {
    List<StoryEntity> entities =
        MERGER.merge(
            List.of(
                article(
                    "a",
                    m("Ashraf Ghani", EntityType.PERSON),
                    m("Rula Ghani", EntityType.PERSON),
                    m("Ghani", EntityType.PERSON))));
    assertThat(entities)
        .extracting(StoryEntity::canonical)
        .containsExactlyInAnyOrder("Ashraf Ghani", "Rula Ghani", "Ghani");
  }

  @Test
  void anAcronymJoinsTheOrganisationItSpells() {
    List<StoryEntity> entities =
        MERGER.merge(
            List.of(
                article(
                    "a",
                    m("Curtis Management Group", EntityType.ORGANIZATION),
                    m("CMG", EntityType.ORGANIZATION)),
                article("b", m("CMG", EntityType.ORGANIZATION))));
    StoryEntity cec = named(entities, "Curtis Management Group");
    assertThat(cec.mentions()).isEqualTo(3);
    assertThat(cec.sources()).isEqualTo(2);
  }

  @Test
  void typeIsTheMajorityAndCaseAndTheAreIgnored() {
    List<StoryEntity> entities =
        MERGER.merge(
            List.of(
                article("a", m("The New York Times", EntityType.ORGANIZATION)),
                article("b", m("New York Times", EntityType.ORGANIZATION)),
                article("c", m("new york times", EntityType.PERSON))));
    assertThat(entities)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
              assertThat(e.sources()).isEqualTo(3);
            });
  }

  @Test
  void titleWordsThatNameSomethingAreKept() {
    List<StoryEntity> entities =
        MERGER.merge(List.of(article("a", m("General Motors", EntityType.ORGANIZATION))));
    assertThat(entities).extracting(StoryEntity::canonical).containsExactly("General Motors");
  }

  @Test
  void noArticlesNoEntities() {
    assertThat(MERGER.merge(List.of())).isEmpty();
    assertThat(MERGER.merge(List.of(article("a")))).isEmpty();
  }

  @Test
  void resultDoesNotDependOnArticleOrder() {
    List<SourcedMentions> articles = new ArrayList<>();
    String[] names = {"Ashraf Ghani", "Ghani", "US", "U.S.", "Doha", "Taliban", "Mike Pompeo"};
    EntityType[] types = {
      EntityType.PERSON,
      EntityType.PERSON,
      EntityType.PLACE,
      EntityType.PLACE,
      EntityType.PLACE,
      EntityType.ORGANIZATION,
      EntityType.PERSON
    };
    long seed = 77L;
    System.out.println("EntityMergerTest seed=" + seed);
    Random random = new Random(seed);
    for (int a = 0; a < 12; a++) {
      List<EntityMention> mentions = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        int i = random.nextInt(names.length);
        mentions.add(m(names[i], types[i]));
      }
      articles.add(new SourcedMentions("source" + random.nextInt(5), mentions));
    }
    List<StoryEntity> expected = MERGER.merge(articles);
    for (int round = 0; round < 5; round++) {
      List<SourcedMentions> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      assertThat(MERGER.merge(shuffled)).isEqualTo(expected);
    }
  }
}
