package dev.parallax.bench.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generated names the synthetic stream draws from: towns, regions, people, companies, unions,
 * parties, products and outlets. Immutable once built; one seed gives the same pool.
 */
final class NamePool {
  private static final List<String> TOWN_HEADS =
      List.of(
          "Ash", "Bright", "Cold", "Dun", "East", "Fair", "Glen", "Hart", "Iron", "King", "Lark",
          "Marl", "North", "Oak", "Pen", "Queen", "Red", "Salt", "Thorn", "Up", "Vale", "West",
          "Wil", "York", "Black", "Brook", "Clay", "Elm", "Fox", "Gold", "Hazel", "Lin", "Mill",
          "New", "Rock", "Stan", "Sum", "Ten", "Whit", "Wolf");
  private static final List<String> TOWN_TAILS =
      List.of(
          "ford", "bridge", "ton", "ham", "wick", "field", "bury", "dale", "mouth", "port", "stead",
          "worth", "moor", "haven", "ley", "by", "cester", "well", "gate", "holm", "mere", "combe",
          "minster", "shaw", "thorpe", "wood", "brook", "cliff", "marsh", "hurst");
  private static final List<String> REGION_TAILS =
      List.of("County", "Valley", "Province", "Highlands", "Coast", "Plains", "District");
  private static final List<String> FIRST_NAMES =
      List.of(
          "James",
          "Mary",
          "Robert",
          "Patricia",
          "John",
          "Jennifer",
          "Michael",
          "Linda",
          "David",
          "Elizabeth",
          "William",
          "Barbara",
          "Richard",
          "Susan",
          "Joseph",
          "Jessica",
          "Thomas",
          "Sarah",
          "Charles",
          "Karen",
          "Daniel",
          "Nancy",
          "Matthew",
          "Lisa",
          "Anthony",
          "Betty",
          "Mark",
          "Sandra",
          "Paul",
          "Ashley",
          "Steven",
          "Emily",
          "Andrew",
          "Donna",
          "Joshua",
          "Michelle",
          "Kevin",
          "Carol",
          "Brian",
          "Amanda",
          "George",
          "Melissa",
          "Edward",
          "Deborah",
          "Ronald",
          "Laura",
          "Timothy",
          "Rebecca",
          "Jason",
          "Sharon",
          "Ryan",
          "Cynthia",
          "Jacob",
          "Kathleen",
          "Gary",
          "Amy",
          "Nicholas",
          "Angela",
          "Eric",
          "Helen",
          "Omar",
          "Priya",
          "Wei",
          "Fatima",
          "Lucas",
          "Sofia",
          "Mateo",
          "Aisha",
          "Hiroshi",
          "Ingrid",
          "Kofi",
          "Elena",
          "Ivan",
          "Nadia",
          "Pedro",
          "Leila",
          "Sven",
          "Mei",
          "Tariq",
          "Ana");
  private static final List<String> LAST_NAMES =
      List.of(
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Jones",
          "Garcia",
          "Miller",
          "Davis",
          "Rodriguez",
          "Martinez",
          "Hernandez",
          "Lopez",
          "Gonzalez",
          "Wilson",
          "Anderson",
          "Thomas",
          "Taylor",
          "Moore",
          "Jackson",
          "Martin",
          "Lee",
          "Perez",
          "Thompson",
          "White",
          "Harris",
          "Sanchez",
          "Clark",
          "Ramirez",
          "Lewis",
          "Robinson",
          "Walker",
          "Young",
          "Allen",
          "King",
          "Wright",
          "Scott",
          "Torres",
          "Nguyen",
          "Hill",
          "Flores",
          "Green",
          "Adams",
          "Nelson",
          "Baker",
          "Hall",
          "Rivera",
          "Campbell",
          "Mitchell",
          "Carter",
          "Roberts",
          "Okafor",
          "Novak",
          "Kowalski",
          "Haddad",
          "Tanaka",
          "Lindqvist",
          "Moreau",
          "Rossi",
          "Schmidt",
          "Ivanova",
          "Chen",
          "Patel",
          "Singh",
          "Kim",
          "Mensah",
          "Duarte",
          "Eriksen",
          "Fischer",
          "Greene",
          "Holloway",
          "Iverson",
          "Jansen",
          "Kaur",
          "Larsen",
          "Mbeki",
          "Nakamura",
          "Osei",
          "Petrov",
          "Quinn",
          "Reyes",
          "Sato",
          "Underwood",
          "Vasquez",
          "Whitaker",
          "Yilmaz",
          "Zhang",
          "Brennan",
          "Castillo",
          "Dalton",
          "Ferreira",
          "Gallagher",
          "Horvat",
          "Ibrahim",
          "Keller",
          "Lindgren",
          "Murphy",
          "Olsen",
          "Pereira",
          "Richter",
          "Stewart");
  private static final List<String> SYLLABLES =
      List.of(
          "vel", "tra", "nor", "com", "ax", "lu", "mi", "zen", "qua", "tor", "ri", "on", "cal",
          "dex", "ven", "sol", "ar", "is", "kor", "tec", "bel", "ion", "ma", "gra", "fi");
  private static final List<String> COMPANY_TAILS =
      List.of(
          "Industries",
          "Systems",
          "Logistics",
          "Motors",
          "Foods",
          "Energy",
          "Pharma",
          "Holdings",
          "Electronics",
          "Steel",
          "Mobile",
          "Robotics");
  private static final List<String> UNION_HEADS =
      List.of(
          "United Workers Union",
          "Metalworkers Union",
          "Transport Workers Union",
          "General Workers Federation",
          "Allied Trades Union",
          "Factory Workers Guild");
  private static final List<String> PARTY_HEADS =
      List.of(
          "Progressive",
          "Liberal",
          "Conservative",
          "Green",
          "Civic",
          "Reform",
          "People's",
          "Democratic",
          "Independent",
          "Labour",
          "Unity",
          "Heritage");
  private static final List<String> PRODUCT_HEADS =
      List.of(
          "Nova", "Pulse", "Aero", "Vista", "Orbit", "Echo", "Zephyr", "Titan", "Lumen", "Flux",
          "Apex", "Halo", "Quantum", "Sable", "Drift");
  private static final List<String> PRODUCT_TAILS =
      List.of(
          "phone", "tablet", "watch", "car", "scooter", "drone", "speaker", "laptop", "headset",
          "camera");
  private static final List<String> OUTLET_FORMS =
      List.of(
          "%s Gazette",
          "The %s Herald",
          "%s Daily News",
          "%s Courier",
          "%s Times",
          "%s Post",
          "%s Chronicle",
          "The %s Observer",
          "%s Evening Star",
          "%s Tribune",
          "%s Radio",
          "%s Today");

  private final List<String> towns;
  private final List<String> regions;
  private final List<String> companies;
  private final List<String> outlets;

  NamePool(long seed, int outletCount) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<String> allTowns = new ArrayList<>();
    for (String head : TOWN_HEADS) {
      for (String tail : TOWN_TAILS) {
        allTowns.add(head + tail);
      }
    }
    Collections.shuffle(allTowns, random);
    this.towns = List.copyOf(allTowns.subList(0, 900));
    List<String> regionList = new ArrayList<>();
    for (String town : allTowns.subList(900, 960)) {
      regionList.add(town + " " + REGION_TAILS.get(random.nextInt(REGION_TAILS.size())));
    }
    this.regions = List.copyOf(regionList);
    Set<String> companySet = new LinkedHashSet<>();
    while (companySet.size() < 400) {
      String stem = capitalise(pick(SYLLABLES, random) + pick(SYLLABLES, random));
      companySet.add(stem + " " + pick(COMPANY_TAILS, random));
    }
    this.companies = List.copyOf(companySet);
    Set<String> outletSet = new LinkedHashSet<>();
    List<String> outletTowns = allTowns.subList(960, allTowns.size());
    int i = 0;
    while (outletSet.size() < outletCount) {
      String base =
          i < outletTowns.size()
              ? outletTowns.get(i)
              : capitalise(pick(SYLLABLES, random) + pick(SYLLABLES, random) + i);
      outletSet.add(String.format(Locale.ROOT, pick(OUTLET_FORMS, random), base));
      i++;
    }
    this.outlets = List.copyOf(outletSet);
  }

  String town(Random random) {
    return pick(towns, random);
  }

  String region(Random random) {
    return pick(regions, random);
  }

  String person(Random random) {
    return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
  }

  String company(Random random) {
    return pick(companies, random);
  }

  String union(Random random) {
    return "the " + pick(UNION_HEADS, random);
  }

  String party(Random random) {
    return "the " + pick(PARTY_HEADS, random) + " Party";
  }

  String product(Random random) {
    return pick(PRODUCT_HEADS, random)
        + " "
        + capitalise(pick(PRODUCT_TAILS, random))
        + " "
        + (2 + random.nextInt(9));
  }

  String street(Random random) {
    return pick(LAST_NAMES, random)
        + " "
        + pick(List.of("Street", "Avenue", "Road", "Lane", "Boulevard"), random);
  }

  List<String> outlets() {
    return outlets;
  }

  /**
   * A lower-case host name for an outlet: letters and digits of its name, then {@code .example}.
   */
  static String host(String outlet) {
    StringBuilder sb = new StringBuilder();
    for (char c : outlet.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    return sb + ".example";
  }

  static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
