package dev.parallax.bench.synth;

import java.util.List;

/**
 * A kind of news event with the headline and sentence templates its articles are written from.
 *
 * <p>Templates name the event's facts in braces: places ({@code {town}}, {@code {region}}, {@code
 * {street}}), time ({@code {weekday}}, {@code {date}}, {@code {time}}), people by role ({@code
 * {chief}}, {@code {mayor}}, {@code {spokesperson}}, {@code {suspect}}, {@code {ceo}}, {@code
 * {judge}}, {@code {victim}}, {@code {candidate}}, {@code {rival}}, {@code {witness}}),
 * organisations ({@code {company}}, {@code {union}}, {@code {party}}, {@code {rivalParty}}, {@code
 * {product}}) and numbers ({@code {n1}}, {@code {n2}}, {@code {n3}}, {@code {mag}}, {@code
 * {amount}}, {@code {years}}); {@link SyntheticEvent#fill} replaces them.
 */
public enum EventKind {
  FIRE(
      List.of(
          "Fire destroys {n2} homes in {town}",
          "{town} blaze leaves {n1} injured",
          "Firefighters battle overnight fire on {street}",
          "Investigators probe cause of {town} fire"),
      List.of(
          "A fire broke out on {street} in {town} on {weekday}, damaging {n2} homes and injuring {n1}"
              + " people, officials said.",
          "Fire Chief {chief} said crews from {town} and neighbouring towns were called shortly"
              + " after {time}.",
          "The flames spread quickly through the dry timber buildings along {street}, {chief}"
              + " told reporters.",
          "{n1} people were taken to hospital with burns and smoke inhalation.",
          "Mayor {mayor} thanked the firefighters and said an emergency shelter had been opened at"
              + " the {town} community centre.",
          "The cause of the fire is under investigation, fire department spokesperson {spokesperson}"
              + " said.",
          "Residents described thick black smoke that could be seen across {region}.",
          "{witness}, who lives two doors away, said the fire alarm woke the whole street.",
          "Damage was estimated at {amount} dollars, according to the fire department.")),
  SHOOTING(
      List.of(
          "{n1} wounded in {town} shooting",
          "Police arrest suspect after shooting on {street}",
          "Gunman opens fire in {town}",
          "{town} shooting: what we know"),
      List.of(
          "{n1} people were wounded when a gunman opened fire on {street} in {town} on {weekday}"
              + " evening, police said.",
          "Police Chief {chief} said officers arrived within minutes of the first call at {time}.",
          "A {years}-year-old man, identified as {suspect}, was arrested near the scene.",
          "Police spokesperson {spokesperson} said the motive for the shooting was not yet known.",
          "{victim}, one of the wounded, was in a serious condition at {town} General Hospital.",
          "Mayor {mayor} called the shooting a senseless act of violence and asked residents to"
              + " share any video with detectives.",
          "Witnesses reported hearing at least {n2} shots.",
          "{witness} said people ran into shops on {street} to take cover.",
          "Detectives recovered a handgun and were reviewing camera footage, {spokesperson}"
              + " said.")),
  EARTHQUAKE(
      List.of(
          "Magnitude {mag} earthquake shakes {region}",
          "Quake near {town} kills {n1}",
          "Strong earthquake rattles {town}",
          "Aftershocks hit {region} after magnitude {mag} quake"),
      List.of(
          "A magnitude {mag} earthquake struck near {town} in {region} on {weekday}, killing {n1}"
              + " people and damaging {n2} buildings.",
          "The quake hit at {time} at a depth of {n3} kilometres, the geological survey said.",
          "Seismologist {spokesperson} said aftershocks were likely over the coming days.",
          "Mayor {mayor} said rescue teams were searching collapsed buildings in the old town of"
              + " {town}.",
          "Power and water were cut to large parts of {region}.",
          "{witness} said the shaking lasted about twenty seconds and knocked furniture over.",
          "Emergency services chief {chief} said {n1} deaths had been confirmed so far.",
          "Schools in {town} will stay closed while engineers inspect them.",
          "The {region} government released {amount} dollars in emergency aid.")),
  FLOOD(
      List.of(
          "Floods force thousands from homes in {region}",
          "{town} under water after record rain",
          "River bursts banks in {town}",
          "Flood death toll rises to {n1} in {region}"),
      List.of(
          "Flooding in {region} forced {n2} families from their homes after the river burst its"
              + " banks at {town} on {weekday}.",
          "At least {n1} people died in the floods, emergency chief {chief} said.",
          "Rain gauges recorded {n3} millimetres of rain in twenty-four hours.",
          "Mayor {mayor} declared a state of emergency in {town}.",
          "Rescue boats evacuated residents from {street} and nearby roads.",
          "Spokesperson {spokesperson} said water levels were expected to peak overnight.",
          "{witness} said the water rose a metre in under an hour.",
          "Farmers in {region} reported heavy losses of crops and livestock.",
          "Insurers put early damage estimates at {amount} dollars.")),
  STRIKE(
      List.of(
          "{union} workers walk out at {company}",
          "Strike halts production at {company} plant in {town}",
          "{company} strike enters day {n1}",
          "Talks fail as {company} strike continues"),
      List.of(
          "About {n2} workers at {company} went on strike in {town} on {weekday} over pay and"
              + " conditions.",
          "The {union} said its members had rejected a pay offer of {n3} percent.",
          "Union leader {chief} said the strike would continue until the company returned to the"
              + " table.",
          "{company} chief executive {ceo} said the offer was fair and the strike was"
              + " disappointing.",
          "Picket lines formed outside the gates of the plant on {street} before dawn.",
          "Company spokesperson {spokesperson} said production had been halted.",
          "The strike is costing {company} an estimated {amount} dollars a week, analysts said.",
          "Mayor {mayor} urged both sides to resume talks for the sake of {town}.",
          "{witness}, a worker for {years} years, said staff felt they had no other choice.")),
  ELECTION(
      List.of(
          "{candidate} wins {town} mayoral election",
          "{party} claims victory in {region} vote",
          "{town} votes: {candidate} defeats {rival}",
          "Turnout reaches {n3} percent in {town} election"),
      List.of(
          "{candidate} of {party} won the mayoral election in {town} on {weekday}, defeating {rival}"
              + " of {rivalParty}.",
          "{candidate} took {n3} percent of the vote, according to official results.",
          "Turnout was higher than at the last election, election officer {spokesperson} said.",
          "{rival} conceded defeat in a speech to supporters shortly after {time}.",
          "Outgoing mayor {mayor} congratulated the winner and promised a smooth handover.",
          "{candidate} campaigned on housing, transport and the budget of {town}.",
          "About {n2} thousand voters cast ballots across {region}.",
          "{witness}, a first-time voter, said the campaign had been close and bitter.",
          "The new council will take office next month.")),
  ROBBERY(
      List.of(
          "Armed robbers raid {town} bank",
          "Police hunt suspects after {street} robbery",
          "{amount} dollars stolen in {town} heist",
          "Arrest made in {town} jewellery store robbery"),
      List.of(
          "Armed robbers stole {amount} dollars from a bank on {street} in {town} on {weekday}"
              + " morning, police said.",
          "Police Chief {chief} said {n1} masked men threatened staff with guns shortly after"
              + " {time}.",
          "No one was seriously hurt in the robbery, police spokesperson {spokesperson} said.",
          "Police later arrested {suspect}, {years}, and were looking for other suspects.",
          "The robbers escaped in a dark van that was later found burned out in {region}.",
          "{witness}, who works nearby, said customers were made to lie on the floor.",
          "Mayor {mayor} said security in the centre of {town} would be reviewed.",
          "Detectives asked anyone with information to call the {town} police.",
          "It was the {n2}th robbery in {region} this year, according to police figures.")),
  CRASH(
      List.of(
          "{n1} killed in {town} crash",
          "Bus crash on highway near {town}",
          "Train derails outside {town}",
          "Investigators search for cause of {town} crash"),
      List.of(
          "{n1} people were killed and {n2} injured when a bus collided with a lorry near {town} on"
              + " {weekday}.",
          "The crash happened at {time} on the main road into {town}, police said.",
          "Emergency chief {chief} said firefighters had to cut passengers from the wreckage.",
          "The lorry driver, {suspect}, was taken to hospital and questioned by police.",
          "Police spokesperson {spokesperson} said the road would stay closed for hours.",
          "{witness} said the bus swerved before the impact.",
          "Mayor {mayor} offered condolences to the families of the victims.",
          "Transport investigators from {region} have opened an inquiry into the crash.",
          "The injured were taken to hospitals in {town} and across {region}.")),
  COURT_RULING(
      List.of(
          "Court rules against {company}",
          "Judge {judge} sentences {suspect} to {years} years",
          "{town} court strikes down council plan",
          "Appeal rejected in {company} case"),
      List.of(
          "A court in {town} on {weekday} ordered {company} to pay {amount} dollars in damages.",
          "Judge {judge} said the company had broken its contracts with {n2} customers.",
          "{company} chief executive {ceo} said the company would appeal the ruling.",
          "Lawyer {spokesperson}, for the plaintiffs, called the ruling a victory for ordinary"
              + " people.",
          "In a separate part of the case, {suspect} was sentenced to {years} years in prison.",
          "The trial at the {region} district court lasted {n1} weeks.",
          "Judge {judge} said the evidence of fraud was overwhelming.",
          "Mayor {mayor} said {town} would study the judgement carefully.",
          "{witness}, who attended the hearing, said the courtroom fell silent as the verdict was"
              + " read.")),
  PRODUCT_LAUNCH(
      List.of(
          "{company} unveils {product}",
          "{company} launches {product} at {town} event",
          "First look: {company} {product}",
          "{product} goes on sale for {n2} dollars"),
      List.of(
          "{company} unveiled the {product} at an event in {town} on {weekday}.",
          "Chief executive {ceo} said the {product} was the most important launch in the company's"
              + " history.",
          "The {product} will go on sale next month at a price of {n2} dollars.",
          "{company} expects to sell {n1} million units in the first year, spokesperson"
              + " {spokesperson} said.",
          "Analysts said the launch could lift {company} sales by {n3} percent.",
          "Shares of {company} rose after the presentation.",
          "{witness}, an analyst, said the {product} faced strong competition.",
          "The company has invested {amount} dollars in the product over {years} years.",
          "The {product} will be built at the {company} factory outside {town}."));

  private final List<String> headlines;
  private final List<String> sentences;

  EventKind(List<String> headlines, List<String> sentences) {
    this.headlines = List.copyOf(headlines);
    this.sentences = List.copyOf(sentences);
  }

  /** Headline templates. */
  public List<String> headlines() {
    return headlines;
  }

  /** Body sentence templates. */
  public List<String> sentences() {
    return sentences;
  }
}
