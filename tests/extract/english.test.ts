import { describeExtractionTable } from '../helpers/claims.js';

/**
 * English numbers in context: digits, words, percentages, fractions, ranges, p-values, units, identifiers.
 * Each row: text → its claims as `kind «exact text» value [unit] comparator ~ dN`
 * (~ approximate, dN reported decimals), then `⚓` and the identifier anchors.
 */
const rows: [string, string][] = [
  // Months in lower case, as editions that lower-case the English print them: with a year (`may 2015` too), or named alone after
  // a word that says a month follows (not `march` or `may`, which are other words, nor a name without such a word).
  ["from may 2015 through april 2017 and in january, mid-june and since october; patients may 2 days later march; an august panel.", "date «may 2015» 2015-5-? | date «april 2017» 2017-4-? | date «january» ?-1-? | date «june» ?-6-? | date «october» ?-10-? | number «2» 2 [day]"],
  // Drugs and transmitters named by a number, lower-cased as some editions print them; not a number of years or a multiple.
  ["Mitomycin c, 5-fu, 6-mp, 5-asa and 5-ht3 antagonists were used for 5 years; doses rose 5-fold.", "number «5» 5 [year] | number «5» 5 [fold] ⚓ 5-fu ; 6-mp ; 5-asa ; 5-ht3"],
  // A number grouped by its comma in brackets after a count is that count restated; quartiles have their median between them.
  ["More than 10,000 doses (10,386) were given; the median volume was 150 mL (100,200).", "number «10,000» 10000 [dose] > | number «10,386» 10386 | number «150» 150 [ml] | number «100» 100 | number «200» 200"],
  // Parts per million and per billion are mass fractions (`5.2 ppm` = `5.2 mg/kg` = `5.2×10⁻⁶`); not per something (`5 ppm/h`).
  ["Lead reached 5.2 ppm, CO2 410 ppmv and arsenic 12 ppb; emissions rose by 5 ppm/h.", "number «5.2» 5.2 [ppm] d1 | number «410» 410 [ppm] | number «12» 12 [ppb] | number «5» 5 ⚓ CO2"],
  // A power of ten written once after the last item of a list is each item's, when they are written alike (`6.0, 7.5 and
  // 9.0×10⁴`); not a number of other decimals (`0.05 and 1.2×10⁻³`).
  ["Counts were 6.0, 7.5 and 9.0×10⁴ CFU/mL; P values were 0.05 and 1.2×10⁻³; between 2 and 5×10⁹/L.", "number «6.0» 60000 d-3 | number «7.5» 75000 d-3 | number «9.0×10⁴» 90000 d-3 | pvalue «P values were 0.05» 0.05 = d2 | pvalue «1.2×10⁻³» 0.0012 = d4 | range «2 and 5×10⁹» 2000000000..5000000000 d-9"],
  // A lettered stage's span whose far end has no letter, the word for a stage written once or twice: one stage, both ends.
  ["Of 360 patients with stage IIIB or IV disease, 12 had stage IIIA or stage IV and 5 had stage III or IV.", "number «360» 360 [patient] | number «12» 12 | number «5» 5 | number «III» 3 | number «IV» 4 ⚓ IIIB or IV ; IIIA or stage IV"],
  // A list of Roman stages or grades longer than two: each a grade, the last too.
  ["The median OS of ISS stage I, II and III was not reached, 72.6 and 45.3 months; grades I, II, III and IV were seen.", "number «I» 1 | number «II» 2 | number «III» 3 | number «72.6» 72.6 [month] d1 | number «45.3» 45.3 [month] d1 | number «I» 1 | number «II» 2 | number «III» 3 | number «IV» 4"],
  // A level the patients had, its word before a verb, and the levels of its list after it: no shares of 21 or 14.
  ["The R.E.N.A.L. score was 10 in 21 patients, 11 in 14 and 12 in 3; relapse occurred in 3 in 10 patients.", "number «10» 10 | number «21» 21 [patient] | number «11» 11 | number «14» 14 | number «12» 12 | number «3» 3 | fraction «3 in 10» 3/10 [patient]"],
  // A number word of ten or more, spelled out where a sentence opens, is read as the number it is, counting what it may.
  ["Sixteen CWS providers (twelve counselors and four supervisors) were interviewed; One hundred and thirty-one studies were included.", "number «Sixteen» 16 | number «twelve» 12 | number «four» 4 | number «One hundred and thirty-one» 131 [study]"],
  // A word a PDF hyphenated across a line end is read whole: what the number counts is the word.
  ["We updated only 4.2M param-\neters with 36 partici-\npants; a low-\nrank model.", "number «4.2M» 4200000 [parameter] d-5 | number «36» 36 [patient]"],
  // An l glued after digits before a plural noun is a 1 a PDF misread (no litre measures things counted); `2l of` stays litres.
  ["Cracks initiated in 2l specimens and 3 others; 2l of water; IL2l cells.", "number «2l» 21 | number «3» 3 | number «2» 2 [l] ⚓ IL2l"],
  // A power of ten after a list's last item is the list's, as a scale word is (not across two items only, where a plain
  // near end above the mantissa starts a range).
  ["Emissions were 21.6, 86.3, 112.4 and 74.5×104 t; cells numbered 1.5, 3.0 and 4.5×106; values of 5 and 1.2×106.", "number «21.6» 216000 [t] d-3 | number «86.3» 863000 [t] d-3 | number «112.4» 1124000 [t] d-3 | number «74.5×104» 745000 [t] d-3 | number «1.5» 1500000 d-5 | number «3.0» 3000000 d-5 | number «4.5×106» 4500000 d-5 | number «5» 5 | number «1.2×106» 1200000 d-5"],
  // A decimal before a comma and three digits is a list whose spaces a PDF lost, not a thousands group (no decimal is grouped).
  ["Yields were 31.7,112.4 and 5.2 t; the indices 0.126,0.096; 12,345.6 person-years.", "number «31.7» 31.7 [t] d1 | number «112.4» 112.4 [t] d1 | number «5.2» 5.2 [t] d1 | number «0.126» 0.126 d3 | number «0.096» 0.096 d3 | number «12,345.6» 12345.6 d1"],
  // Masses of emission inventories: teragrams, petagrams of carbon, megatonnes; not a mass per year (a rate).
  ["SO2 emissions fell by 1.12 Tg, uptake was 1.5 Pg C and exports 36.8 Gt, against 9.6 Mt yr-1 and 12 pg.", "number «1.12» 1.12 [tg] d2 | number «1.5» 1.5 [petagram] d1 | number «36.8» 36.8 [gigatonne] d1 | number «9.6» 9.6 d1 | number «12» 12 [pg] ⚓ SO2 ; yr-1"],
  // A count of times with decimals after a multiple of its sentence is its parallel multiple (`and 0.82 times in`), no mean count.
  ["BDNF mRNA was 0.46 times the control level in model rats and 0.82 times in the high-dose group; 2.5 times more potent, used 8.4 times a week.", "number «0.46» 0.46 [fold] d2 | number «0.82» 0.82 [fold] d2 | number «2.5» 2.5 [fold] d1 | number «8.4» 8.4 [time] d1"],
  // A month opening a list of months is one, as the months after it are (`July and August`, `May, June or July`).
  ["July and August accounted for 71.9% of cases; cases peaked in May, June or July.", "date «July» ?-7-? | date «August» ?-8-? | percent «71.9%» 71.9 d1 | date «May» ?-5-? | date «June» ?-6-? | date «July» ?-7-?"],
  // A ratio to one with a decimal side, and `X to 1` after `ratio` or `by`, is a ratio, not a range running backwards; a change from 3 to 1 is not.
  ["Men outnumbered women by 2.8 to 1; the male-to-female ratio was 2.8:1 and the doses 1:1.5; scores fell from 3 to 1.", "ratio «2.8 to 1» 2.8/1 d1 | ratio «2.8:1» 2.8/1 d1 | ratio «1:1.5» 1/1.5 d1 | number «3» 3 | number «1» 1"],
  // A χ² with the subscript of its kind (`χ²trend`) is still a χ² statistic.
  ["The prevalence rose with exposure (χ²trend=98.6, P<0.001).", "number «98.6» 98.6 [statistic] d1 | pvalue «P<0.001» 0.001 < d3"],
  // A near end with a power of its own keeps it, however near the far end's mantissa.
  ["The loss factor increased from 2.1×10-4 to 8.7×10-4.", "range «2.1×10-4 to 8.7×10-4» 0.00021..0.00087 d5"],
  // A past verb of change glued by a PDF to the word before it still makes `times` a multiple.
  ["SPP1 signaling from microglia toastrocytesincreased 3.1 times.This atlas is a resource.", "number «3.1» 3.1 [fold] d1 ⚓ SPP1"],
  // Lengths squared and cubed are areas and volumes (`15.8 km3` is `158亿m3`); not per something (`m3/s`, `m2 g-1`), nor the last
  // side of a size (`1.0×1.0×1.5 mm3`, a length), nor a digit after a space but a kilometre's.
  ["Storage increased by 15.8 km3 (158×108 m3); plots of 20 m2, 2.5 cm³ and 120 km 2; a flow of 3.5 m3/s, a surface area of 28.6 m2 g-1, voxels of 1.0×1.0×1.5 mm3; walked 6 m 3 times.", "number «15.8» 15.8 [km3] d1 | number «158×108» 15800000000 [m3] d-8 | number «20» 20 [m2] | number «2.5» 2.5 [cm3] d1 | number «120» 120 [km2] | number «3.5» 3.5 d1 | number «28.6» 28.6 d1 | number «1.0» 1 d1 | number «1.0» 1 d1 | number «1.5» 1.5 [mm] d1 | number «6» 6 [m] | number «3» 3 [time] ⚓ km3 ; m3 ; m2 ; m3 ; m2 ; g-1 ; mm3"],
  // The SD of `SD rats` is Sprague-Dawley, no stable disease.
  ["Twelve SD rats received 5 mg/kg; 9 SD were seen.", "number «Twelve» 12 | number «5» 5 [mg/kg] | number «9» 9 [SD]"],
  ["A total of 1,234 patients were screened.", "number «1,234» 1234 [patient]"],
  ["The cohort comprised 12,345.6 person-years.", "number «12,345.6» 12345.6 d1"],
  ["We screened 1 234 adults.", "number «1 234» 1234 [patient]"],
  // A word that says which persons stands between the count and them: still a count of patients.
  ["From 2016, 312 consecutive patients underwent surgery, including 86 nulliparous women and 40 eligible children.", "number «312» 312 [patient] | number «86» 86 [patient] | number «40» 40 [patient] ⚓ 2016"],
  // A specimen named after the patient it came from counts no patients.
  ["PFGE showed that 8 patient isolates and 9 environmental isolates were the same clone; 40 patient samples came from 12 patients.", "number «8» 8 [strain] | number «9» 9 [strain] | number «40» 40 | number «12» 12 [patient]"],
  // Decimals grouped in threes by a space (GB/T 15835); not digits a count noun or a decimal point follows.
  ["The threshold was P<0.000 1; π is 3.141 59; 0.000 12 mg was given.", "pvalue «P<0.000 1» 0.0001 < d4 | number «3.141 59» 3.14159 d5 | number «0.000 12» 0.00012 [mg] d5"],
  ["Ratios were 0.125 3.5 and 0.125 4 patients relapsed.", "number «0.125» 0.125 d3 | number «3.5» 3.5 d1 | number «0.125» 0.125 d3 | number «4» 4 [patient]"],
  ["A row read 0.125 3 0.250 and 0.5.", "number «0.125» 0.125 d3 | number «3» 3 | number «0.250» 0.25 d3 | number «0.5» 0.5 d1"],
  ["In all, 6 , 528 subjects underwent randomization.", "number «6 , 528» 6528 [patient]"],
  ["The mean change was −0.5 points.", "number «−0.5» -0.5 d1"],
  ["Scores improved by +3 points.", "number «+3» 3"],
  ["The dose was 1 x 10(6) cells/kg.", "number «1 x 10(6)» 1000000 [cells/kg] d-6"],
  ["Patients received 2 × 10⁶ cells/kg.", "number «2 × 10⁶» 2000000 [cells/kg] d-6"],
  ["Patients received 1.5×10^6 cells/kg.", "number «1.5×10^6» 1500000 [cells/kg] d-5"],
  ["A median of 3.2 x 10^8 copies/ml was detected.", "number «3.2 x 10^8» 320000000 [copies/ml] d-7"],
  ["About 10⁶ cells were infused.", "number «10⁶» 1000000 [cells] ~ d-6"],
  ["We infused 10(6) cells per kilogram.", "number «10(6)» 1000000 [cells/kg] d-6"],
  // A power of ten whose superscript was flattened: after a mantissa with decimals or before a count per volume; not ×100, 400×, 8×107.
  ["WBC was 45×109/L (range, 4.0-10.0×109/L); 1.2×105 CFU/mL grew at a rate of 3.5×10-3.", "number «45×109» 45000000000 d-9 | range «4.0-10.0×109» 4000000000..10000000000 d-8 | number «1.2×105» 120000 d-4 | number «3.5×10-3» 0.0035 d4"],
  ["Mice got 2 x106 cells; sections were viewed at ×100 and 400×, and 8×107 and 2×1000 are products.", "number «2 x106» 2000000 [cells] d-6 | number «100» 100 | number «400» 400 | number «8» 8 | number «107» 107 | number «2» 2 | number «1000» 1000"],
  ["The mass measured 2.5×105 mm.", "number «2.5» 2.5 d1 | number «105» 105 [mm]"],
  // A power of a one-digit base is one number (a titre), whatever the power is written with; 10^6 is a power of ten.
  ["Haemagglutination titres reached 2^12 and 2¹⁰ on 5 farms; 10^6 is not a small power.", "number «2^12» 4096 | number «2¹⁰» 1024 | number «5» 5 | number «10^6» 1000000 d-6"],
  // 2100 is a year, the end of a climate projection's period, as 2099 is.
  ["Warming will reach 2.1 °C in 2081–2100 relative to 1995–2014, and 1.5 °C by 2100.", "number «2.1» 2.1 [celsius] d1 | number «1.5» 1.5 [celsius] d1 ⚓ 2081–2100 ; 1995–2014 ; 2100"],
  // A virus named by its type's number before a bracket; not a count of days after it.
  ["RT-PCR confirmed rabbit haemorrhagic disease virus 2 (RHDV2) in the virus 2 days later.", "number «2» 2 [day] ⚓ RHDV2 ; virus 2"],
  // `neither` is none of two; not in `neither A nor B`, which names them.
  ["Neither variant was found in 200 control alleles; neither drug nor placebo helped.", "number «Neither» 2 | number «200» 200"],
  // What is taken over the things counted is no bound on them; `over 65 years` is.
  ["The average accuracy over 10 trials was 99.42%; patients over 65 years; averaged over 5 runs.", "number «10» 10 [study] | percent «99.42%» 99.42 d2 | number «65» 65 [year] > | number «5» 5"],
  // Categories of the imaging reporting systems and prostate cancer's grade groups are codes, not amounts.
  ["Gleason score 4+4=8 (ISUP grade group 4); PI-RADS 5; PI-RADS scores 1-2; BI-RADS 4a.", "(none) ⚓ 4+4=8 ; 5 ; 1-2 ; 4a ; 4"],
  // A time point inside a change `from` opened is no range's start (`at age 3 to 2.9`); alone it may be (`at week 4 to 8`).
  ["Mortality fell from 12.5% in 2010 to 8.1% in 2020, and from 30 at week 4 to 25.5 at week 8. Follow-up at week 4 to 8 was done.", "percent «12.5%» 12.5 d1 | percent «8.1%» 8.1 d1 | number «30» 30 | number «4» 4 [week] | number «25.5» 25.5 d1 | number «8» 8 [week] | range «4 to 8» 4..8 ⚓ 2010 ; 2020"],
  ["A total of 47.1% (8/17) of the patients improved.", "percent «47.1%» 47.1 d1 | fraction «8/17» 8/17"],
  ["Response was seen in 47.1 % of patients.", "percent «47.1 %» 47.1 d1"],
  ["Response rates were 80% and 60%.", "percent «80%» 80 | percent «60%» 60"],
  ["Response was seen in 8 of 17 patients.", "fraction «8 of 17» 8/17 [patient]"],
  ["Response was seen in eight of the 17 patients.", "fraction «eight of the 17» 8/17 [patient]"],
  ["Only about 1 in 20 cigarettes was illicit.", "fraction «1 in 20» 1/20"],
  // A count in a year is no proportion; one in a year-like number still is.
  ["A total of 380 cases were analysed: 200 in 2018 and 180 in 2019.", "number «380» 380 [patient] | number «200» 200 | number «180» 180 ⚓ 2018 ; 2019"],
  ["The prevalence was about 1 in 2000.", "fraction «1 in 2000» 1/2000"],
  // Deaths are people counted: one in five deaths is a share of them (五分之一死者).
  ["About one in five deaths (19.8%) occurred in care homes; 5 in 20 min.", "fraction «one in five» 1/5 [death] | percent «19.8%» 19.8 d1 | number «5» 5 | number «20» 20 [minute]"],
  // A grade, score or threshold before `in N patients` is the level they had, no share of N.
  ["Adverse events of grade 3 in 12 patients (10.0%) were mild.", "number «3» 3 | number «12» 12 [patient] | percent «10.0%» 10 d1"],
  ["Responses with CPS≥10 in 47 cases (22.4%) were durable.", "number «10» 10 >= | number «47» 47 [patient] | percent «22.4%» 22.4 d1"],
  ["One in five adults had hypertension.", "fraction «One in five» 1/5 [patient]"],
  ["Pain fell in 5 in 20 min.", "number «5» 5 | number «20» 20 [minute]"],
  ["One of 6 children relapsed.", "fraction «One of 6» 1/6 [patient]"],
  ["Four of them withdrew.", "number «Four» 4"],
  ["One-third of the patients relapsed.", "fraction «One-third» 1/3"],
  ["Two thirds of the participants responded.", "fraction «Two thirds» 2/3"],
  ["Half of the patients had fever.", "fraction «Half» 1/2"],
  ["A quarter of the cohort was lost to follow-up.", "fraction «A quarter» 1/4"],
  // A share in words with its exact percentage in brackets after it.
  // The group named first, then the count of it, as 45例患儿中38例 writes it; not a percentage.
  ["Of the 45 children, 38 completed follow-up, and 31 of the 38 (81.6%) achieved remission.", "fraction «45 children, 38» 38/45 [patient] | fraction «31 of the 38» 31/38 | percent «81.6%» 81.6 d1"],
  ["Of the 120 patients, 38% were women; of the 300 participants, 150 (50.0%) smoked.", "number «120» 120 [patient] | percent «38%» 38 | fraction «300 participants, 150» 150/300 [patient] | percent «50.0%» 50 d1"],
  ["Nearly a quarter (24.7%) and half (48.2%) of them hesitated.", "fraction «a quarter» 1/4 ~ | percent «24.7%» 24.7 d1 | fraction «half» 1/2 | percent «48.2%» 48.2 d1"],
  // No range starts with a word and ends with a decimal or a percentage, nor runs from a unit to a percentage.
  ["It rose from 1.02% in grade one to 7.35% in grade three.", "percent «1.02%» 1.02 d2 | number «one» 1 | percent «7.35%» 7.35 d2 | number «three» 3"],
  ["It rose from 12.4% in women aged <25 years to 31.8% in those aged ≥35 years.", "percent «12.4%» 12.4 d1 | number «25» 25 [year] < | percent «31.8%» 31.8 d1 | number «35» 35 [year] >="],
  ["It took between two and 3.5 hours, or two to five cycles.", "range «two and 3.5 hours» 2..3.5 [hour] d1 | range «two to five cycles» 2..5 [cycle]"],
  ["Patients were randomly assigned in a 1:2 ratio.", "ratio «1:2» 1/2"],
  ["Patients were randomly assigned in a 2∶1 ratio.", "ratio «2∶1» 2/1"],
  ["Patients were randomly assigned in a 1 : 1 ratio.", "ratio «1 : 1» 1/1"],
  // A titer is one to any number, in thousands too: no range 320 to 1.
  ["The titer was 1:320 to 1:2,560.", "ratio «1:320» 1/320 | ratio «1:2,560» 1/2560"],
  ["Follow-up lasted 8-24 months.", "range «8-24 months» 8..24 [month]"],
  ["Follow-up lasted 8–24 months.", "range «8–24 months» 8..24 [month]"],
  ["Follow-up lasted 8 to 24 months.", "range «8 to 24 months» 8..24 [month]"],
  ["Follow-up lasted between 8 and 24 months.", "range «8 and 24 months» 8..24 [month]"],
  ["Follow-up lasted 8~24 months.", "range «8~24 months» 8..24 [month]"],
  ["Follow-up ranged from 3 ~ 36 months.", "range «3 ~ 36 months» 3..36 [month]"],
  ["The incidence fell from 0.37 to 0.23 per 1000 live births.", "number «0.37» 0.37 d2 | number «0.23» 0.23 d2 | number «1000» 1000"],
  ["The interval was 56 to 112 days.", "range «56 to 112 days» 56..112 [day]"],
  ["It was seen in 2- to 5-year-old children.", "range «2- to 5-year» 2..5 [year]"],
  ["Visits came at 3- and 6-month intervals.", "number «3» 3 [month] | number «6» 6 [month]"],
  ["About twice the calories were eaten, with a dose given twice daily.", "number «twice» 2 [fold] ~ | number «twice» 2 [time]"],
  // `N times the <noun>` is a multiple; a time after `the` makes it a count of times.
  ["Winter values were 1.8–2.5 times the summer values, and ALT was 3 times the upper limit of normal.", "range «1.8–2.5 times the» 1.8..2.5 [fold] d1 | number «3» 3 [fold]"],
  // `as a` says what the times were for; `as high` compares.
  ["Plasma exchange was performed 4 times as a bridge; the risk was 3 times as high.", "number «4» 4 [time] | number «3» 3 [fold]"],
  ["Hemoperfusion was given on 3 consecutive days and for 2 successive years.", "number «3» 3 [day] | number «2» 2 [year]"],
  ["Blood was drawn 3 times the first week and 2 times the same day.", "number «3» 3 [time] | ordinal «first» 1 [ordinal] | number «2» 2 [time]"],
  ["Rates were 10%-20% across sites.", "range «10%-20%» 10..20 [percent]"],
  ["Hazard ratio, 0.51; 95% confidence interval, 0.34 to 0.77.", "number «0.51» 0.51 d2 | percent «95%» 95 | range «0.34 to 0.77» 0.34..0.77 d2"],
  ["The difference was significant (P< 0.05).", "pvalue «P< 0.05» 0.05 < d2"],
  ["The difference was significant (P＜0.05).", "pvalue «P＜0.05» 0.05 < d2"],
  ["The difference was significant (p = .036).", "pvalue «p = .036» 0.036 = d3"],
  ["Counts fell in all arms (P<0.05, 0.01).", "pvalue «P<0.05» 0.05 < d2 | pvalue «0.01» 0.01 < d2"],
  ["Levels fell (P<0.05, 0.12 mmol/L lower).", "pvalue «P<0.05» 0.05 < d2 | number «0.12» 0.12 [mmol/l] d2"],
  ["Counts fell (P = 0.03 and 0.04, respectively), with 0.5 mg.", "pvalue «P = 0.03» 0.03 = d2 | pvalue «0.04» 0.04 = d2 | number «0.5» 0.5 [mg] d1"],
  ["All comparisons were significant (P=0.000).", "pvalue «P=0.000» 0 = d3"],
  ["Significance was set at p ≤ 0.002.", "pvalue «p ≤ 0.002» 0.002 <= d3"],
  ["The effect was significant (p &lt; 0.001).", "pvalue «p &lt; 0.001» 0.001 < d3"],
  ["There was no difference (P > 0.05).", "pvalue «P > 0.05» 0.05 > d2"],
  ["The P value was 0.04.", "pvalue «P value was 0.04» 0.04 = d2"],
  ["P-value = 0.012 for trend.", "pvalue «P-value = 0.012» 0.012 = d3"],
  ["Seventeen patients were enrolled.", "number «Seventeen» 17 [patient]"],
  ["Twenty-three patients were enrolled.", "number «Twenty-three» 23 [patient]"],
  ["One hundred and five patients were enrolled.", "number «One hundred and five» 105 [patient]"],
  ["A dozen patients withdrew.", "number «A dozen» 12 [patient]"],
  ["Both groups improved.", "number «Both» 2 [group]"],
  ["A single dose was given.", "number «single» 1"],
  ["The drug was given twice daily.", "number «twice» 2 [time]"],
  ["The drug was given once daily.", "number «once» 1 [time]"],
  ["Vaccines were given thrice.", "number «thrice» 3 [time]"],
  ["Once-daily dosing was used in both treated groups.", "number «Once» 1 [time] | number «both» 2 [group]"],
  ["There was no death during follow-up.", "number «no» 0 [death]"],
  ["No deaths occurred.", "number «No» 0 [death]"],
  ["No patients withdrew.", "number «No» 0 [patient]"],
  ["Three hundred children were surveyed.", "number «Three hundred» 300 [patient]"],
  ["Forty-two adults and nineteen children took part.", "number «Forty-two» 42 [patient] | number «nineteen» 19 [patient]"],
  ["One thousand two hundred participants answered.", "number «One thousand two hundred» 1200 [patient]"],
  ["Ninety patients completed the study.", "number «Ninety» 90 [patient]"],
  ["The study enrolled 509 patients.", "number «509» 509 [patient]"],
  ["We enrolled 242 cases and 238 controls.", "number «242» 242 [patient] | number «238» 238"],
  ["We recruited 60 participants.", "number «60» 60 [patient]"],
  ["There were 12 subjects in each arm.", "number «12» 12 [patient]"],
  ["Overall, 30 adults were included.", "number «30» 30 [patient]"],
  ["A total of 15 infants were born.", "number «15» 15 [patient]"],
  ["Follow-up lasted 6 months.", "number «6» 6 [month]"],
  ["Treatment lasted 12 weeks.", "number «12» 12 [week]"],
  ["Symptoms resolved within 7 days.", "number «7» 7 [day]"],
  ["Survival at 3 years was 85.3%.", "number «3» 3 [year] | percent «85.3%» 85.3 d1"],
  ["Infusion took 2 h.", "number «2» 2 [hour]"],
  ["Infusion took 30 min.", "number «30» 30 [minute]"],
  ["Infusion took 2 hours.", "number «2» 2 [hour]"],
  ["Infusion took 45 minutes.", "number «45» 45 [minute]"],
  ["Fever reached 39.9℃.", "number «39.9» 39.9 [celsius] d1"],
  ["Fever reached 39.9 °C.", "number «39.9» 39.9 [celsius] d1"],
  ["Fever reached 38°C.", "number «38» 38 [celsius]"],
  ["The dose was 2 mg/kg.", "number «2» 2 [mg/kg]"],
  ["The dose was 80 mg per square meter.", "number «80» 80 [mg/m2]"],
  ["The dose was 100 mg/m2.", "number «100» 100 [mg/m2]"],
  // What a measure is per: a time too (`per day`, `/min`, `/h`, `/a`).
  ["The dose was 400 mg per day.", "number «400» 400 [mg/day]"],
  ["Infusion ran at 0.03 U/min, 30 ml/h and 2 μg/kg; precipitation rose 1.2 mm/a; creatinine was 1.2 mg/dl.", "number «0.03» 0.03 [u/minute] d2 | number «30» 30 [ml/hour] | number «2» 2 [μg/kg] | number «1.2» 1.2 [mm/year] d1 | number «1.2» 1.2 [mg/dl] d1"],
  ["Glucose was 55 mg per deciliter.", "number «55» 55 [mg/dl]"],
  ["Glucose was 3.1 mmol per liter.", "number «3.1» 3.1 [mmol/l] d1"],
  ["Creatinine was 1.2 mg/dl.", "number «1.2» 1.2 [mg/dl] d1"],
  ["The BMI was 27.5 kg/m2.", "number «27.5» 27.5 [kg/m2] d1"],
  ["Each patient received 1 x 10(6) cells/kg.", "number «1 x 10(6)» 1000000 [cells/kg] d-6"],
  ["Pain decreased 2.5-fold.", "number «2.5» 2.5 [fold] d1"],
  ["Patients received three cycles of chemotherapy.", "number «three» 3 [cycle]"],
  ["Patients received 4 courses of treatment.", "number «4» 4 [cycle]"],
  ["Patients were treated 3 times a week.", "number «3» 3 [time]"],
  ["A 6-month follow-up was completed.", "number «6» 6 [month]"],
  ["A 12-week course was given.", "number «12» 12 [week]"],
  ["Outcomes were assessed at day 56.", "number «56» 56 [day]"],
  ["Outcomes were assessed at week 24.", "number «24» 24 [week]"],
  ["Outcomes were assessed at month 6.", "number «6» 6 [month]"],
  ["Participants were aged 18-65 years.", "range «18-65 years» 18..65 [year]"],
  ["Participants were aged 18 to 65 years.", "range «18 to 65 years» 18..65 [year]"],
  ["The mean age was 72 years.", "number «72» 72 [year]"],
  ["Blood pressure was below 130/80 mm Hg.", "number «130» 130 [mmhg] < | number «80» 80 [mmhg]"],
  ["Systolic pressure fell by 28.6 mm hg.", "number «28.6» 28.6 [mmhg] d1"],
  ["Height was 1.65 m; 2 M NaCl was added.", "number «1.65» 1.65 [m] d2 | number «2» 2"],
  ["Infusions were given on days 1 and 8.", "number «1» 1 [day] | number «8» 8"],
  ["Cefazolin was given q8h and pembrolizumab q3w.", "number «q8h» 8 [hour] | number «q3w» 3 [week]"],
  ["In a bid to cut costs, aspirin 100 mg qd and metformin 500 mg b.i.d. were given; the bid-ask spread fell.", "number «100» 100 [mg] | number «qd» 1 [time] | number «500» 500 [mg] | number «b.i.d.» 2 [time]"],
  ["Metformin 500 mg _qd was given.", "number «500» 500 [mg] | number «qd» 1 [time]"],
  ["Karyotypes showed a t (X;Y) translocation.", "(none) ⚓ t (X;Y)"],
  ["Follow-up lasted one and a half years, 2-and-a-half months, a year and a half and half a day.", "number «one and a half years» 1.5 [year] d1 | number «2-and-a-half months» 2.5 [month] d1 | number «a year and a half» 1.5 [year] d1 | number «half a day» 0.5 [day] d1"],
  ["WBC was 3.2±0.5 ×10^9/L.", "number «3.2» 3.2 d1 | number «0.5» 0.5 d1 | number «10^9» 1000000000 d-9"],
  ["Nine out of ten patients improved, and 3 out of 4 in group B.", "fraction «Nine out of ten» 9/10 [patient] | fraction «3 out of 4» 3/4"],
  // 3D, 5G, 4K name a dimension, a generation, a resolution; 5Gy is a dose and 3 d three days.
  ["A 3D model, highlight3D and 3Dmodels, a 5G network and a 4K screen; 5Gy for 3 d.", "number «5» 5 [gy] | number «3» 3 [day] ⚓ highlight3D ; 3D ; 3D ; 5G ; 4K"],
  ["Systolic pressure was ≥ 140 mmHg.", "number «140» 140 [mmhg] >="],
  // A percent sign after a mean ± SD is the mean's as much as the SD's.
  ["ODI was 24.8±7.6% and VAS 7.6±1.2.", "percent «24.8» 24.8 d1 | percent «7.6%» 7.6 d1 | number «7.6» 7.6 d1 | number «1.2» 1.2 d1"],
  // The SD of one mean and the next mean are the ends of a change between two means ± SD, no range.
  ["The number of medications decreased from 2.4±0.8 to 0.3±0.6, and DLQI from 15.2 ± 5.1 to 2.3 ± 2.0.", "number «2.4» 2.4 d1 | number «0.8» 0.8 d1 | number «0.3» 0.3 d1 | number «0.6» 0.6 d1 | number «15.2» 15.2 d1 | number «5.1» 5.1 d1 | number «2.3» 2.3 d1 | number «2.0» 2 d1"],
  // A sugar's phosphate is a chemical locant.
  ["Glucose-6-phosphate dehydrogenase deficiency was found in 12 neonates.", "number «12» 12 ⚓ 6"],
  // A bracket after a median that lies between its two numbers holds quartiles, not citations.
  ["The median stay was 7 days [5-10]; yield fell by 31.4%[4-6].","number «7» 7 [day] | range «5-10» 5..10 | percent «31.4%» 31.4 d1 ⚓ [4-6]"],
  // A model named by its size, alone or in a list of sizes; a molar concentration is none.
  ["It outperforms a 13B baseline and the 7B and 70B variants; 2M NaCl was added.", "number «13B» 13000000000 d-9 | number «7B» 7000000000 d-9 | number «70B» 70000000000 d-9 | number «2» 2"],
  // `ten thousand` and `hundred million` after a number are 万 and 亿 word for word.
  ["The cost was 2.3 ten thousand yuan and output 1.5 hundred million yuan; ten thousand steps.","number «2.3 ten thousand» 23000 d-3 | number «1.5 hundred million» 150000000 d-7 | number «ten thousand» 10000"],
  ["PEEP was 8 cmH2O (1 cmH2O = 0.098 kPa); creatinine was 88 μmol/L (1 mg/dL ≈ 88.4 μmol/L).", "number «8» 8 [cmh2o] | number «88» 88 [μmol/l] ⚓ 1 cmH2O = 0.098 kPa ; 1 mg/dL ≈ 88.4 μmol/L ; cmH2O"],
  ["Weight fell by 2.98 kg.", "number «2.98» 2.98 [kg] d2"],
  ["Glycated hemoglobin fell by 0.46 percentage points.", "number «0.46» 0.46 [pp] d2"],
  ["Glycated hemoglobin was lower than 7.0%.", "percent «7.0%» 7 < d1"],
  ["More than 50% of patients responded.", "percent «50%» 50 >"],
  ["At least 20 patients responded.", "number «20» 20 [patient] >="],
  ["Fewer than 10 patients relapsed.", "number «10» 10 [patient] <"],
  ["Up to 5 doses were allowed.", "number «5» 5 [dose] <="],
  ["About 30% of patients had fever.", "percent «30%» 30 ~"],
  ["Approximately 200 patients were screened.", "number «200» 200 [patient] ~"],
  ["Nearly 40% relapsed.", "percent «40%» 40 ~"],
  ["The response rate was 47.10%.", "percent «47.10%» 47.1 d2"],
  ["Adherence was 96.7%.", "percent «96.7%» 96.7 d1"],
  ["Adherence was 100%.", "percent «100%» 100"],
  ["Adherence was 0.5%.", "percent «0.5%» 0.5 d1"],
  ["Mortality was 2.71% and 3.06%, respectively.", "percent «2.71%» 2.71 d2 | percent «3.06%» 3.06 d2"],
  ["We observed 3PR and 5CR.", "number «3» 3 [PR] | number «5» 5 [CR]"],
  ["There were 3 PR and 5 CR.", "number «3» 3 [PR] | number «5» 5 [CR]"],
  ["Grade 3 or 4 events occurred.", "number «3» 3 | number «4» 4"],
  ["The trial was registered as NCT03765957.", "(none) ⚓ NCT03765957"],
  ["The trial was registered (ChiCTR2000012345).", "(none) ⚓ ChiCTR2000012345"],
  ["See doi 10.1038/s41392-022-01123-4 for details.", "(none) ⚓ 10.1038/s41392-022-01123-4"],
  ["Journal ISSN 2095-9907 lists it.", "(none) ⚓ ISSN 2095-9907"],
  ["Published in Signal Transduct Target Ther. 2022;7(1):263.", "(none) ⚓ 7(1):263 ; 2022"],
  ["Published in 2018 in volume 48(8), pages 263-270.", "(none) ⚓ volume 48(8) ; pages 263-270 ; 2018"],
  // Each identifier form passes the cheap test that decides whether its pattern runs on a sentence.
  ["See Vol. 12, pp. 33-41 of it.", "(none) ⚓ Vol. 12 ; pp. 33-41"],
  ["Karyotypes showed inv (16), dup(1q) and ins(3;3).", "(none) ⚓ inv (16) ; dup(1q) ; ins(3;3)"],
  ["We used ver.2 of the scale.", "(none) ⚓ ver.2"],
  ["IL-17 levels fell.", "(none) ⚓ IL-17"],
  ["CD4+ T cells expanded.", "(none) ⚓ CD4+"],
  ["Th17 cells declined.", "(none) ⚓ Th17"],
  ["CD3+ CD56+ cells increased.", "(none) ⚓ CD3+ ; CD56+"],
  ["COL7A1 mutations were found.", "(none) ⚓ COL7A1"],
  ["C7 expression was restored.", "(none) ⚓ C7"],
  ["M2 macrophages increased.", "(none) ⚓ M2"],
  ["PASI75 was reached by most.", "(none) ⚓ PASI75"],
  ["EASI-50 was reached by most.", "(none) ⚓ EASI-50"],
  ["SF-36 scores improved.", "(none) ⚓ SF-36"],
  ["This was a phase 1/2a trial.", "(none) ⚓ phase 1/2a"],
  ["This was a phase 3 trial.", "(none) ⚓ phase 3"],
  // Things counted by name in both languages: batches (批), strains (株), layers (层), tablets (片), shots (针), sessions (节).
  ["Three batches, two strains, three layers, two tablets, two doses, two shots, two sessions and eight weekly sessions.","number «Three» 3 [batch] | number «two» 2 [strain] | number «three» 3 [layer] | number «two» 2 [tablet] | number «two» 2 [dose] | number «two» 2 [dose] | number «two» 2 [session] | number «eight» 8"],
  // The one unit a change is counted in, as one SD is: a name, not an amount.
  ["Each 1-unit increase in BMI raised the risk by 12%.","percent «12%» 12 ⚓ 1-unit"],
  // A number like a year that an allocation follows counts, whatever stands before it; `from 2009 to the present` is a time.
  ["From 2009 to the present, 120 patients were enrolled; 2009 were assigned to placebo and 1995 to the active-drug group.","number «120» 120 [patient] | number «2009» 2009 | number «1995» 1995 ⚓ 2009"],
  // The base of a rate starts no range: `from 6.23 per 100,000 to 4.96 per 100,000`.
  ["The mortality rate decreased from 6.23 per 100,000 to 4.96 per 100,000.","number «6.23» 6.23 d2 | number «100,000» 100000 | number «4.96» 4.96 d2 | number «100,000» 100000"],
  // A measure per two things: a dose per body weight and time, however written.
  ["Patients received 2.5 mg/kg/d, 0.1 μg·kg⁻¹·min⁻¹ and 2 ml/(kg·h), then 5 mg/kg per day.","number «2.5» 2.5 [mg/kg/day] d1 | number «0.1» 0.1 [μg/kg/minute] d1 | number «2» 2 [ml/kg/hour] | number «5» 5 [mg/kg/day]"],
  // Chemical formulas and alloys are identifiers; a name joined by a slash or with a charge is a name.
  ["The Li1.2Mn0.54Ni0.13Co0.13O2 cathode, Fe3O4, Ti-6Al-4V, CO2, NS3/4A, CD4+ and SW480 were used in 3 tests.","number «3» 3 ⚓ Li1.2Mn0.54Ni0.13Co0.13O2 ; Fe3O4 ; Ti-6Al-4V ; CO2 ; SW480 ; NS3/4A ; CD4+"],
  // HGVS names of sequence variants are identifiers.
  ["The variant c.1234C>T (p.Arg412Trp) was found in 3 patients, c.235delC in 2, c.76_78delACT in 1 and p.(Gly12Asp) in 1.","number «3» 3 [patient] | number «2» 2 | number «1» 1 | number «1» 1 ⚓ c.1234C>T ; p.Arg412Trp ; c.235delC ; c.76_78delACT ; p.(Gly12Asp)"],
  // Roman grades in lower case (text lower-cased whole), after `was`, after a bound.
  ["Patients had class ii to iv heart failure; the Kellgren-Lawrence grade was II-III; Clavien-Dindo grade ≥III events; a classic grade.","range «ii to iv» 2..4 | range «II-III» 2..3 | number «III» 3 >="],
  // A regimen's days in shorthand, from day 1: `d1-14`, `d1 and d8`.
  ["Capecitabine was given on d1-14 of each 21-day cycle, and gemcitabine on d1 and d8.","range «d1-14» 1..14 | number «21» 21 [day] | number «d1» 1 [day] | number «d8» 8 [day]"],
  // A regimen's day set after each dose: `(200 mg, d1)`, `135 mg/m² d1`.
  ["Sintilimab (200 mg, d1) plus paclitaxel 135 mg/m² d1 every 21 days.","number «200» 200 [mg] | number «d1» 1 [day] | number «135» 135 [mg/m2] | number «d1» 1 [day] | number «21» 21 [day]"],
  // A molecule numbered within its family, after a space: a name, not an amount.
  ["Glucagon-like peptide 1 receptor agonists and dipeptidyl peptidase 4 inhibitors were given to 40 patients.","number «40» 40 [patient] ⚓ peptide 1 ; peptidase 4"],
  // A compound range hyphenates both sides of `to`: no minus sign before 12.
  ["A 6-to-12-month follow-up of 6-to-12-year-old children.", "range «6-to-12-month» 6..12 [month] | range «6-to-12-year» 6..12 [year]"],
  ["This was a phase II trial.", "(none) ⚓ phase II"],
  ["Patients had type VII collagen deficiency.", "(none) ⚓ type VII"],
  ["Patients had stage IV disease.", "number «IV» 4"],
  ["Patients had T1-T4, N0-N1, M0 disease.", "(none) ⚓ T1-T4, N0-N1, M0"],
  ["Data were collected in 2018.", "(none) ⚓ 2018"],
  ["Data were collected between 2006 and 2015.", "(none) ⚓ 2006 and 2015"],
  ["The study ran from 2010 to 2012.", "(none) ⚓ 2010 to 2012"],
  ["The report was published on Jun 23, 2018.", "date «Jun 23, 2018» 2018-6-23"],
  ["The report was published on 23 June 2018.", "date «23 June 2018» 2018-6-23"],
  ["Lancet 2018 Jun 23 published the trial.", "date «2018 Jun 23» 2018-6-23"],
  ["The aims were (1) safety and (2) efficacy.", "(none)"],
  ["Firstly, safety was assessed.", "(none)"],
  ["The first patient was enrolled early.", "ordinal «first» 1 [ordinal]"],
  ["The third dose was delayed.", "ordinal «third» 3 [ordinal]"],
  // A year of school within its stage, as Chinese authors write grades: the grade 高一, 高二, 初二 name.
  ["We surveyed first-year senior high school students, Senior 2 students and second-year junior middle school students.", "ordinal «first» 10 [ordinal] | ordinal «2» 11 [ordinal] | ordinal «second» 8 [ordinal]"],
  ["A senior 2 years older and first-year students took part.", "number «2» 2 [year] | ordinal «first» 1 [ordinal]"],
  ["COVID-19 patients were excluded.", "(none) ⚓ COVID-19"],
  ["Type 2 diabetes was excluded.", "(none) ⚓ Type 2"],
  ["Patients with type 1 diabetes were included.", "(none) ⚓ type 1"],
  ["The median follow-up was 42.7 months.", "number «42.7» 42.7 [month] d1"],
  ["The median age was 56 years.", "number «56» 56 [year]"],
  ["Response was 17.6% (3/17).", "percent «17.6%» 17.6 d1 | fraction «3/17» 3/17"],
  ["Response was 25% (2/8) in men and 66.7% (6/9) in women.", "percent «25%» 25 | fraction «2/8» 2/8 | percent «66.7%» 66.7 d1 | fraction «6/9» 6/9"],
  ["Response was 80% (4/5).", "percent «80%» 80 | fraction «4/5» 4/5"],
  ["Of the 699 patients, 200 responded.", "fraction «699 patients, 200» 200/699 [patient]"],
  ["Of 17 patients, 8 improved.", "fraction «17 patients, 8» 8/17 [patient]"],
  ["Response occurred in 200 of 699 patients [28.6%].", "fraction «200 of 699» 200/699 [patient] | percent «28.6%» 28.6 d1"],
  ["Response occurred in 107 of 703 [15.2%].", "fraction «107 of 703» 107/703 | percent «15.2%» 15.2 d1"],
  ["The rate was 0.47% (15 of 3184 patients).", "percent «0.47%» 0.47 d2 | fraction «15 of 3184» 15/3184 [patient]"],
  ["Hazard ratio was 0.65.", "number «0.65» 0.65 d2"],
  ["The odds were 2.1 times higher.", "number «2.1» 2.1 [fold] d1"],
  ["The ratio was 2:1.", "ratio «2:1» 2/1"],
  ["Eighty percent responded.", "percent «Eighty percent» 80"],
  ["Response was 80 percent.", "percent «80 percent» 80"],
  ["Response was 47 per cent.", "percent «47 per cent» 47"],
  ["The cost was 130,000 dollars.", "number «130,000» 130000"],
  ["There were 130,000 visits.", "number «130,000» 130000"],
  ["The sample contained 8400 children.", "number «8400» 8400 [patient]"],
  ["The sample contained 1402 patients.", "number «1402» 1402 [patient]"],
  ["Enrollment reached 3 million people.", "number «3 million» 3000000 [patient] d-6"],
  ["Rates were 0.31 per 1000 live births.", "number «0.31» 0.31 d2 | number «1000» 1000"],
  ["The study was conducted at 133 centers.", "number «133» 133 [center]"],
  ["Patients aged 2-5 years were included.", "range «2-5 years» 2..5 [year]"],
  ["Children 6-11 years old were included.", "range «6-11 years» 6..11 [year]"],
  ["Adolescents 12-19 years were included.", "range «12-19 years» 12..19 [year]"],
  ["Seventeen of the 36 patients relapsed.", "fraction «Seventeen of the 36» 17/36 [patient]"],
  ["Two of 8 men and six of 9 women improved.", "fraction «Two of 8» 2/8 [patient] | fraction «six of 9» 6/9 [patient]"],
  ["The rate doubled.", "number «doubled» 2 [fold]"],
  ["The course of disease was 3 days to 2 years.","range «3 days to 2 years» 3..730.5 [day]"],
  ["Over three decades (2 decades in men) cells met 50 μM, 5 mM and 2 nM; 0.5 M NaCl.","number «three decades» 30 [year] > | number «2 decades» 20 [year] | number «50» 50 [μmol/l] | number «5» 5 [mmol/l] | number «2» 2 [nmol/l] | number «0.5» 0.5 d1"],
  ["The learning rate was set to 1e-4.","number «1e-4» 0.0001 d4"],
  ["Six cases were subcapital Garden IV.3 cases had necrosis.","number «Six» 6 [patient] | number «3» 3 [patient]"],
  ["It holds 10k images, 1.5k videos and 100K texts in 4K; 10kg.","number «10k» 10000 d-3 | number «1.5k» 1500 d-2 | number «100K» 100000 d-3 | number «10» 10 [kg] ⚓ 4K"],
  ["The count was 5.2 x10^9/L in the X10 strain.","number «5.2 x10^9» 5200000000 d-8 ⚓ X10"],
  ["The strata are 1.8-2.0 Ga old, fossils 2.5 Ma and soils 12 ka; in 2015 Ma et al. agreed.","range «1.8-2.0 Ga» 1.8..2 [ga] d1 | number «2.5» 2.5 [ma] d1 | number «12» 12 [ka] ⚓ 2015"],
  ["A 2-sided test in a 3-dimensional model, 1-tailed.","(none) ⚓ 2-sided ; 3-dimensional ; 1-tailed"],
  ["A two-sided test in a Two-dimensional model, one-tailed, in two models.","number «two» 2 ⚓ two-sided ; Two-dimensional ; one-tailed"],
  ["A 2-arm, 1-center, 2-way design in the 1st trimester; a 3-arm trial.","number «3» 3 ⚓ 2-arm ; 1-center ; 2-way ; 1st trimester"],
  ["The five-year survival rose during the 13th Five-Year Plan.","number «five» 5 [year] ⚓ 13th Five-Year Plan"],
  // A quarter beside its year is 第N季度; alone, Q4 is as often a quartile.
  ["Sales rose in Q1-Q3 2019, fell in 2020 Q4 and in Q2, 2021; Q4 had the highest risk.","ordinal «Q1» 1 [ordinal] | ordinal «Q3» 3 [ordinal] | ordinal «Q4» 4 [ordinal] | ordinal «Q2» 2 [ordinal] ⚓ Q4 ; 2019 ; 2020 ; 2021"],
  // The far end's power of ten scales the near end; `N times that of` is a multiple; `in triplicate` 3 times.
  // `triplicate tanks` are three of them (3个重复); `duplicate records` are copies.
  ["Each diet was fed to triplicate tanks of 30 fish; duplicate records were removed.", "number «triplicate» 3 | number «30» 30"],
  ["WBC was 2.5-5.0 × 10^9/L, 1.5 times that of controls, in triplicate at OD450.", "range «2.5-5.0 × 10^9» 2500000000..5000000000 d-8 | number «1.5» 1.5 [fold] d1 | number «triplicate» 3 [time] | number «450» 450"],
  // Millions and billions by `M` and `B` before what they count; `2M NaCl` is molar.
  ["The model has 1.2M parameters and saw 7B tokens in 2M NaCl at 1 GPa.", "number «1.2M» 1200000 [parameter] d-5 | number «7B» 7000000000 d-9 | number «2» 2 | number «1» 1 [gpa]"],
  // A scale letter in a hyphen compound and a spaced k before what a dataset counts; not kelvin, molar or a name.
  ["The 7B-parameter model saw 126 k dialogues and 126K conversations.", "number «7B» 7000000000 [parameter] d-9 | number «126 k» 126000 d-3 | number «126K» 126000 d-3"],
  ["A 7-billion-parameter model was fitted.", "number «7-billion» 7000000000 [parameter] d-9"],
  ["It approached models ten times its size and 3 times their weight.", "number «ten» 10 [fold] | number «3» 3 [fold]"],
  ["Compounds 6c, 6f and 6k inhibited 5k images; 6k binds SDH.", "number «5k» 5000 d-3 ⚓ 6c ; 6f ; 6k ; 6k"],
  ["At 5 K the 3k-step run of model3k used 2M-NaCl and 4 k.", "number «5» 5 [kelvin] | number «3k» 3000 d-3 | number «2» 2 | number «4» 4 ⚓ model3k"],
  // Parts, sections, modules and rounds are counted things, as countries are.
  ["We ran two rounds in eight countries with a system of three modules.", "number «two» 2 [round] | number «eight» 8 [country] | number «three» 3 [part]"],
  // `N times` after a change is a multiple (2倍); after anything else a count of times.
  // A change named by a noun after an article (`an increase of 1.5 times`) makes a multiple too; `the rise of 3 times a day` counts times.
  ["Output grew, an increase of 1.5 times; the rise of 3 times a day was noted.", "number «1.5» 1.5 [fold] d1 | number «3» 3 [time]"],
  ["The content increased by 2 times, rose about 3-5 times and was measured 3 times.", "number «2» 2 [fold] | range «3-5 times» 3..5 [fold] ~ | number «3» 3 [time]"],
  // `every March` is a month; `mid-19th` a part of a century, not a name; a season names its years.
  ["Every March since the mid-19th century, in the 2015/16 season.", "date «March» ?-3-? | ordinal «19th» 19 [ordinal] ⚓ 2015/16"],
  // `d` after a number is days (not Cohen's `d =`); `t` a tonne (not `2 t tests`).
  ["Symptoms lasted 7 d (d = 0.5); 2 t tests; 7.5 t/hm2.", "number «7» 7 [day] | number «0.5» 0.5 d1 | number «2» 2 | number «7.5» 7.5 [t/ha] d1"],
  // Roman grades and stages are their numbers; `stage IIIA`, `III/IV`, a type and a phase are names.
  ["Grade III-IV toxicity in stage Ⅲ and NYHA class II or III patients.", "range «III-IV» 3..4 | number «Ⅲ» 3 | number «II» 2 | number «III» 3"],
  ["Stage IIIA, grades III/IV, type II disease and a phase III trial.", "(none) ⚓ phase III ; IIIA ; type II"],
  ["Temperature dropped to 36.5℃.", "number «36.5» 36.5 [celsius] d1"],
  ["We followed 20 women and 15 men.", "number «20» 20 [patient] | number «15» 15 [patient]"],
  ["Eighteen volunteers took part.", "number «Eighteen» 18 [patient]"],
  ["Ten individuals were excluded.", "number «Ten» 10 [patient]"],
  ["Four people withdrew.", "number «Four» 4 [patient]"],
  ["Doses of 0.5 mg/kg were tested.", "number «0.5» 0.5 [mg/kg] d1"],
  ["Doses of 5 μg/kg were tested.", "number «5» 5 [μg/kg]"],
  ["A 2-day course was given.", "number «2» 2 [day]"],
  ["Treatment began on day 1 and ended on day 8.", "number «1» 1 [day] | number «8» 8 [day]"],
  ["The trial lasted 2 years.", "number «2» 2 [year]"],
  ["Recovery took 1.5 years.", "number «1.5» 1.5 [year] d1"],
  ["Recovery took 14 days.", "number «14» 14 [day]"],
  ["Patients received 3 infusions.", "number «3» 3"],
  ["Patients received 25 mg.", "number «25» 25 [mg]"],
  ["Patients received 0.25 g.", "number «0.25» 0.25 [g] d2"],
  ["Patients received 250 ml of saline.", "number «250» 250 [ml]"],
  ["Viral load fell below 50 copies/ml.", "number «50» 50 [copies/ml] <"],
  ["Three patients had grade 3 events.", "number «Three» 3 [patient] | number «3» 3"],
  ["Eleven patients discontinued.", "number «Eleven» 11 [patient]"],
  ["Fifteen cases were reviewed.", "number «Fifteen» 15 [patient]"],
  ["Of these, 12 were men.", "number «12» 12"],
  ["The rate was 12.5% in the first year.", "percent «12.5%» 12.5 d1 | number «first year» 1 [year]"],
  ["We performed 1,000 simulations.", "number «1,000» 1000"],
  ["We followed 1, 2 and 3 cohorts.", "number «1» 1 [group] | number «2» 2 [group] | number «3» 3 [group]"],
  ["The aims were ① safety and ② efficacy.", "(none)"],
  ["Secondly, efficacy was assessed.", "(none)"],
  ["In 2 of the 3 trials, 1 234 patients took part.", "fraction «2 of the 3» 2/3 [study] | number «1 234» 1234 [patient]"],
  ["Type VII collagen was absent.", "(none) ⚓ Type VII"],
  // Lower case as upper: the stage `Ⅳ期` writes.
  ["Patients with stage iv disease were excluded.", "number «iv» 4"],
  // Identifiers that look like numbers, ranks, the article before one person, scientific notation.
  ["Serum interleukin-6 and IL-1β rose in 12 patients.", "number «12» 12 [patient] ⚓ interleukin-6 ; IL-1β"],
  ["IL-6 and IL-10 rose.", "(none) ⚓ IL-6 ; IL-10"],
  ["COVID-19 patients aged 18-65 years were enrolled.", "range «18-65 years» 18..65 [year] ⚓ COVID-19"],
  ["Akt phosphorylation at Ser473 and Thr308 increased.", "(none) ⚓ Ser473 ; Thr308"],
  // Names joined by a slash: NS3/4A, CD4+/CD8+; `IL-6/10` names IL-10 by a bare number.
  ["HCV NS3/4A protease was inhibited in 12 patients.", "number «12» 12 [patient] ⚓ NS3/4A"],
  ["The CD4+/CD8+ ratio was 1.2.", "number «1.2» 1.2 d1 ⚓ CD4+/CD8+"],
  ["Moisture was measured according to GB 5009.3-2016.", "(none) ⚓ GB 5009.3-2016"],
  ["Additives followed GB/T 2760-2014.", "(none) ⚓ GB/T 2760-2014"],
  ["The laboratory met ISO 15189:2012.", "(none) ⚓ ISO 15189:2012"],
  ["Analyses used Stata 14.0.", "(none) ⚓ Stata 14.0"],
  ["Data were analysed with IBM SPSS Statistics 26.0.", "(none) ⚓ IBM SPSS Statistics 26.0"],
  ["Figures were drawn in GraphPad Prism 8.0.", "(none) ⚓ GraphPad Prism 8.0"],
  ["We used R version 4.0.2.", "(none) ⚓ R version 4.0.2"],
  ["Maps were made in ArcGIS 10.1 and MATLAB R2018a.", "(none) ⚓ ArcGIS 10.1 ; MATLAB R2018a"],
  ["The tool was updated to version 2.1.", "(none) ⚓ version 2.1"],
  ["The dental formula is I 3/3, C 1/1, P 4/4, M 3/3 = 44.", "number «44» 44 ⚓ I 3/3, C 1/1, P 4/4, M 3/3"],
  ["5-HT2A receptor and 5-FU were studied.", "(none) ⚓ 5-HT2A ; 5-FU"],
  ["4-1BB was expressed on 30% of cells.", "percent «30%» 30 ⚓ 4-1BB"],
  ["B7-H3 and miR-155-5p were measured.", "(none) ⚓ B7-H3 ; miR-155-5p"],
  ["Toll-like receptor 4 was up-regulated.", "(none) ⚓ receptor 4"],
  ["Of the 52 cases, 40 were caused by enterovirus 71 and 12 by coxsackievirus A16.", "fraction «52 cases, 40» 40/52 [patient] | number «12» 12 ⚓ A16 ; enterovirus 71"],
  ["Human papillomavirus 16 or 18 and serotypes 3, 6 and 19 were found.", "(none) ⚓ papillomavirus 16 or 18 ; serotypes 3, 6 and 19"],
  ["Human lysozyme-like protein 6 (LYZL6) was expressed.", "(none) ⚓ LYZL6 ; protein 6"],
  // The thousands of a value after the name of what it measures: no kinase 12.
  ["Creatine kinase was 12,560 U/L.", "number «12,560» 12560 [u/l]"],
  // Members of a pedigree, to the end of a sentence.
  ["Seven were affected, the proband (Ⅲ-5) among them: Ⅰ-2, Ⅱ-4 and Ⅳ-1.", "number «Seven» 7 ⚓ Ⅲ-5 ; Ⅰ-2 ; Ⅱ-4 ; Ⅳ-1"],
  ["DNA methyltransferase 3b (DNMT3b) was knocked down.", "(none) ⚓ DNMT3b ; transferase 3b"],
  ["Albumin was 35 g/L.", "number «35» 35 [g/l]"],
  ["We studied the 64 MM patients.", "number «64» 64"],
  ["Lesions measured 5 mm.", "number «5» 5 [mm]"],
  ["This was the 4th national survey.", "ordinal «4th» 4 [ordinal]"],
  ["This was the fourth national survey.", "ordinal «fourth» 4 [ordinal]"],
  ["The 21st century saw 12 trials.", "ordinal «21st» 21 [ordinal] | number «12» 12 [study]"],
  ["We report a case of Castleman disease.", "number «a» 1 [patient]"],
  ["A 45-year-old man presented with fever.", "number «A» 1 [patient] | number «45» 45 [year]"],
  ["This was a case-control study of 40 patients.", "number «40» 40 [patient]"],
  ["The difference was significant (p<2.5E-5).", "pvalue «p<2.5E-5» 0.000025 < d6"],
  ["The difference was significant (P = 1.2e-3).", "pvalue «P = 1.2e-3» 0.0012 = d4"],
  ["The difference was significant (P = 1.2×10⁻³).", "pvalue «P = 1.2×10⁻³» 0.0012 = d4"],
  ["The difference was significant (P = 1.2×10-3).", "pvalue «P = 1.2×10-3» 0.0012 = d4"],
  ["The risk fell to 10⁻³.", "number «10⁻³» 0.001 d3"],
  ["The viral load was 3E+04 copies/ml.", "number «3E+04» 30000 [copies/ml] d-4"],
  ["Supported by the National Natural Science Foundation of China (No. 81770123).", "(none) ⚓ 81770123"],
  ["Funded by the National Key R&D Program of China (2018YFC1311900).", "(none) ⚓ 2018YFC1311900"],
  ["The project enrolled 10234 people.", "number «10234» 10234 [patient]"],
  // List items without their opening bracket.
  ["The results were: 1) safety; 2) efficacy in 30 patients.", "number «30» 30 [patient]"],
  ["The subgroup (n: 5) improved.", "number «5» 5"],
  ["The results were: 1) safety, 2) efficacy in 30 patients.", "number «30» 30 [patient]"],
  ["The effect (HR, 3) was seen.", "number «3» 3"],
  ["Abnormalities included t(14;16), t(11;14), 17p13 deletion and del(17p).", "(none) ⚓ t(14;16) ; t(11;14) ; 17p13 ; del(17p)"],
  ["We describe a case series of 12 patients.", "number «12» 12 [patient]"],
  // Forms of unseen abstracts, each a category: a number after a bracketed abbreviation (not Th17's), chemical locants, counts like years, trial phases, seconds, times as multiples, IHC scores, k-fold, weeks+days, ranges over two units.
  ["C-reactive protein (CRP) 12.5 mg/L and left ventricular ejection fraction (LVEF) 42.6% were measured.", "number «12.5» 12.5 [mg/l] d1 | percent «42.6%» 42.6 d1"],
  ["Partial response (PR) 8 patients; T helper (Th) 17 cells rose.", "number «8» 8 [patient] ⚓ 17"],
  ["We measured 5-hydroxytryptamine (5-HT), 8-hydroxy-2'-deoxyguanosine and 6-mercaptopurine.", "(none) ⚓ 5 ; 8 ; 2' ; 6 ; 5-HT"],
  ["Cells were stained with 4',6-diamidino-2-phenylindole and 3-(4,5-dimethylthiazol-2-yl)-2,5-diphenyltetrazolium bromide.", "(none) ⚓ 4',6 ; 2 ; 3 ; 4,5 ; 2 ; 2,5"],
  ["Risk rose 5-fold in 3-5 patients.", "number «5» 5 [fold] | range «3-5 patients» 3..5 [patient]"],
  ["In 2019 samples were collected; a total of 2019 samples were analysed.", "number «2019» 2019 ⚓ 2019"],
  // A verb between a count and a counted noun: the count is of those who did it.
  ["We enrolled 43,548 participants; 43,448 received injections and 3 booster injections were given.", "number «43,548» 43548 [patient] | number «43,448» 43448 | number «3» 3 [dose]"],
  // The group named first, then the count of it (`45例患儿中38例`), is a fraction of it.
  ["Of 43,548 participants, 43,448 received injections.", "fraction «43,548 participants, 43,448» 43448/43548 [patient]"],
  // A stage 0 before a Roman stage starts the range of stages (第0至I期); stage 0 alone stays a number.
  ["Stage 0 to I disease rose; stage 0-I; stage 0 in 5 patients.", "range «0 to I» 0..1 | range «0-I» 0..1 | number «0» 0 | number «5» 5 [patient]"],
  // A time point's number before `to` and a percentage is no range's start; `U.S.` is no unit.
  ["Prevalence rose from 31.4% at age 3 to 56.2% at age 5; doses at week 2 to 4 mg; 60 U.S. sites and 10 U of insulin.", "percent «31.4%» 31.4 d1 | number «3» 3 | percent «56.2%» 56.2 d1 | number «5» 5 | range «2 to 4 mg» 2..4 [mg] | number «60» 60 | number «10» 10 [u]"],
  // A title-case name after a year-like number is an edition's year; a count's noun is lower case.
  ["Data came from the 2018 Adult Smoking Behavior Survey and the 2015 Global Burden of Disease Study; 2018 adults replied.", "number «2018» 2018 [patient] ⚓ 2018 ; 2015"],
  // A point in a calendar year, no share of it.
  ["From week 40 of 2022 to week 39 of 2023, 3 of 2019 patients were seen.", "number «40» 40 [week] | number «39» 39 [week] | fraction «3 of 2019» 3/2019 [patient] ⚓ 2022 ; 2023"],
  // The capital initial of a genus before its species is no second.
  ["We obtained 137 S. aureus isolates, each read in 30 S.", "number «137» 137 | number «30» 30 [second]"],
  // The capital initial of any genus before its species is no unit either (hour, kelvin, litre, gram, unit); at 35 K. it is.
  ["Of 612 H. pylori strains, 35 K. pneumoniae, 7 L. pneumophila, 10 G. lamblia and 6 U. urealyticum; held 24 h. then at 35 K. Then", "number «612» 612 | number «35» 35 | number «7» 7 | number «10» 10 | number «6» 6 | number «24» 24 [hour] | number «35» 35 [kelvin]"],
  ["It took 30 s and 45 sec; the 1990s; in the 1990 s; 10 seconds; 3 ms; 5 s.d. apart.", "number «30» 30 [second] | number «45» 45 [second] | date «1990s» 1990s | number «10» 10 [second] | number «3» 3 [ms] | number «5» 5 ⚓ 1990"],
  ["Mean Cd exceeded the background value by 7.2 times; expression was up-regulated 3.5 times; blood was drawn 3 times.", "number «7.2» 7.2 [fold] d1 | number «3.5» 3.5 [fold] d1 | number «3» 3 [time]"],
  // Ages in years;months as child language writes them, in a sentence of ages: each one age in months; not a p-value's list.
  ["Forty-eight children aged 3;0-5;11 and 12 adults were tested; one was 4;6 years old, P<0.05;3 groups.", "number «Forty-eight» 48 [patient] | range «3;0-5;11» 36..71 [month] | number «12» 12 [patient] | number «one» 1 | number «4;6» 54 [month] | pvalue «P<0.05» 0.05 < d2 | number «3» 3 [group]"],
  // A time of day, in minutes after midnight: with am/pm, at the full hour or after noon; `1:30`, `1:50` stay ratios (dilutions).
  ["Blood was drawn at 8 am, 8:00 a.m., 4 p.m. and 16:30; the serum was diluted 1:50 and 1:30.", "number «8» 480 [clock] | number «8:00» 480 [clock] | number «4» 960 [clock] | number «16:30» 990 [clock] | ratio «1:50» 1/50 | ratio «1:30» 1/30"],
  // A span of the day: the far end's am/pm is the near end's too.
  ["Samples were collected from 8 to 10 a.m. and from 2-4 pm.", "number «8» 480 [clock] | number «10» 600 [clock] | number «2» 840 [clock] | number «4» 960 [clock]"],
  // Citation superscripts a PDF flattened after a sentence's full stop, before the next sentence; not `vol.42`.
  ["Ozone pollution has worsened in recent years.1-3 Here, 12 sites were studied.5,6 See vol.42 No. 3.", "number «12» 12 | number «3» 3 ⚓ 1-3 ; 5,6 ; vol.42"],
  // A list of multiples after a change: every member is one, not only the first (`by 7.2 and 2.1 times`).
  ["Cd and Pb exceeded the background by 7.2 and 2.1 times.The index was 3; Zn rose 1.5, 2 and 3 times, and blood was drawn 2 and 3 times.", "number «7.2» 7.2 [fold] d1 | number «2.1» 2.1 [fold] d1 | number «3» 3 | number «1.5» 1.5 [fold] d1 | number «2» 2 [fold] | number «3» 3 [fold] | number «2» 2 [time] | number «3» 3 [time]"],
  ["HER2 was 3+ in 20 patients and 2+ in 5; CD4+ T cells; 1+1 design; aged 65+ years; grade 3+ events; (+)-catechin.", "number «20» 20 [patient] | number «5» 5 | number «1» 1 | number «1» 1 | number «65» 65 | number «3» 3 ⚓ 3+ ; 2+ ; HER2 ; CD4+"],
  ["HER2 0 was seen in 20 patients; scores of 0 in 3; 0.5 or 1+.", "number «20» 20 [patient] | number «0» 0 | number «3» 3 | number «0.5» 0.5 d1 ⚓ 0 ; 1+ ; HER2"],
  ["Delivery was at 34 weeks and 2 days, 34+2 weeks, 38 wk + 6 d; treatment took 2 weeks and 3 days.", "number «34 weeks and 2 days» 240 [day] | number «34+2 weeks» 240 [day] | number «38 wk + 6 d» 272 [day] | number «2» 2 [week] | number «3» 3 [day]"],
  ["The lesions were classified into three types and 5 genotypes; discharge was at 39+2, 40+1 and 41+5 weeks.", "number «three» 3 [kind] | number «5» 5 [kind] | number «39+2» 275 [day] | number «40+1» 281 [day] | number «41+5 weeks» 292 [day]"],
  ["Incidence rose in the second to fourth years, from the second to the fourth year and in the 2nd-4th weeks, not in the second and third years.", "range «second to fourth years» 2..4 [year] | range «second to the fourth year» 2..4 [year] | range «2nd-4th weeks» 2..4 [week] | ordinal «second» 2 [ordinal] | ordinal «third» 3 [ordinal]"],
  ["The year 2019 saw 45 cases; by year 3, 12 had died.", "number «45» 45 [patient] | number «3» 3 [year] | number «12» 12 ⚓ 2019"],
  ["We fine-tuned a 13B general model and the 7B chat variant on 1.2M samples; 2 M NaCl was added.", "number «13B» 13000000000 d-9 | number «7B» 7000000000 d-9 | number «1.2M» 1200000 d-5 | number «2» 2"],
  // A span of two gestational ages, the unit written once: one range in days (it was the range 3 to 33).
  ["Gestational age ranged from 27+3 to 33+1 weeks.", "range «27+3 to 33+1 weeks» 192..232 [day]"],
  // A span whose one end alone has days, read as `26 weeks to 31 weeks and 6 days` and `28 weeks and 1 day to 32 weeks` are.
  ["Infants born at 26 to 31+6 weeks or 28+1 to 32 weeks were eligible.", "range «26 to 31» 26..31 [week] | number «6» 6 [day] | number «28+1» 197 [day] | number «32 weeks» 32 [week]"],
  // A person who fell twice counted falls; a level falls by or to a multiple.
  ["In all, 133 fell more than once and 20 fell twice; levels fell by 3 times.", "number «133» 133 | number «once» 1 [time] > | number «20» 20 | number «twice» 2 [time] | number «3» 3 [fold]"],
  // A birthday is an age in years; other ordinals stay ranks.
  ["Deficiency rose by their first birthday and fell before the 5th birthday, at the second visit.", "number «first» 1 [year] | number «5th» 5 [year] | ordinal «second» 2 [ordinal]"],
  ["Children (age 1 month–14 years) were included; it lasted 6 minutes to 24 hours or 12 hours to 3 days.", "range «1 month–14 years» 1..168 [month] | range «6 minutes to 24 hours» 6..1440 [minute] | range «12 hours to 3 days» 12..72 [hour]"],
  ["A family history of cancer was common.", "(none)"],
  ["The IL-6 -174G/C and MTHFR 677C>T variants and c.1234G>A were genotyped in 120 patients.", "number «120» 120 [patient] ⚓ c.1234G>A ; -174G/C ; 677C>T ; IL-6"],
  ["Patients were enrolled between April 2015 and February 2017.","date «April 2015» 2015-4-? | date «February 2017» 2017-2-?"],
  ["The meeting ran from 12 to 14 May 2019 and on May 20-21, 2019.","date «12» 2019-5-12 | date «14 May 2019» 2019-5-14 | date «May 20» 2019-5-20 | date «21, 2019» 2019-5-21"],
  ["The 2019/2020 season was mild; 12/30 patients had fever.","fraction «12/30» 12/30 [patient] ⚓ 2019/2020"],
  ["Enrollment began in Apr. 2015.","date «Apr. 2015» 2015-4-?"],
  ["Data were collected until 1 July 2019.","date «1 July 2019» 2019-7-1"],
  ["Searches ran to 01/07/2019.","date «01/07/2019» 2019-7-1 ⇄"],
  ["Searches ran to 13/07/2019.","date «13/07/2019» 2019-7-13"],
  ["Searches ran to 2019-07-01.","date «2019-07-01» 2019-7-1"],
  ["The index visit was in 2018-03.","date «2018-03» 2018-3-?"],
  ["Rates were stable in 2010-12.","(none) ⚓ 2010-12"],
  ["The grain size was 50 nm.","number «50» 50 [nm]"],
  ["The model ran at 58 frames per second (58 fps).","number «58» 58 | number «58» 58"],
  // A bound before `age groups` names the band by its age; a count of age groups counts groups.
  ["The rates in the 40-49 and ≥50 age groups were 15.8% and 19.2%.","range «40-49» 40..49 | number «50» 50 [year] >= | percent «15.8%» 15.8 d1 | percent «19.2%» 19.2 d1"],
  ["Patients were divided into 2 age groups.","number «2» 2 [group]"],
  // A citation marker glued to the text is no amount; a bracket after a space or a number may hold quartiles.
  ["Yield fell by 31.4%[4-6].","percent «31.4%» 31.4 d1 ⚓ [4-6]"],
  ["The median was 2 [1, 3].","number «2» 2 | number «1» 1 | number «3» 3"],
  ["Yield decreased by 27.9% in 2022[4-6].","percent «27.9%» 27.9 d1 ⚓ [4-6] ; 2022"],
  // Citation numbers a PDF flattened onto the text; a number glued to a word by its grouping comma stays one.
  ["Previous studies reported1,2 that drought reduces maize yield by 20%-40%3.","range «20%-40%» 20..40 [percent] ⚓ 1,2 ; 3"],
  ["we got 24,564 feature items,67key nodes,and1,818 keyrelations.","number «24,564» 24564 | number «67» 67 | number «1,818» 1818"],
  // A list of genotypes after the virus's name names types, it counts nothing.
  ["HPV 52, 16 and 58 were the most common types, at 4.1%, 3.2% and 2.7%.","percent «4.1%» 4.1 d1 | percent «3.2%» 3.2 d1 | percent «2.7%» 2.7 d1 ⚓ HPV 52, 16 and 58"],
  ["HPV16/18 infection was found in 12 women.","number «12» 12 [patient] ⚓ HPV16/18"],
  ["The dose was 2.66 Gy, 266 cGy and 5 mGy.","number «2.66» 2.66 [gy] d2 | number «266» 266 [cgy] | number «5» 5 [mgy]"],
  ["Our model uses only 0.18 M parameters.","number «0.18 M» 180000 [parameter] d-4"],
  ["The site is at 36°15'30\"N.","number «36°15'30\"» 36.25833333333333 d4"],
  // Ends in two units compare in one: a rise from months to years is a range, a fall is a change.
  ["Follow-up ranged from 6 months to 3 years.","range «6 months to 3 years» 6..36 [month]"],
  ["It fell from 5 years to 6 months.","number «5» 5 [year] | number «6» 6 [month]"],
  ["The stay was a week shorter.","number «a week» 1 [week]"],
  // Quantile groups by rank and one SD a change is counted in are names; an SD's value is a number.
  ["Compared with the 1st quartile, the 4th quartile had a higher risk.","(none) ⚓ 1st quartile ; 4th quartile"],
  ["Each 1-SD increase raised the risk.","(none) ⚓ 1-SD"],
  ["The mean was 5.1 (SD 1.2).","number «5.1» 5.1 d1 | number «1.2» 1.2 d1"],
  // A list of numbers writes its unit once, after the last; a range after `between` stays one.
  ["Complications occurred in 2 and 4 patients, respectively.","number «2» 2 [patient] | number «4» 4 [patient]"],
  ["Visits were at 3, 6 and 12 months.","number «3» 3 [month] | number «6» 6 [month] | number «12» 12 [month]"],
  ["Between 2 and 4 hours later, pain resolved.","range «2 and 4 hours» 2..4 [hour]"],
  ["In 2019, 45 and 30 patients were seen.","number «45» 45 [patient] | number «30» 30 [patient] ⚓ 2019"],
  ["Scores were 1, 2, 3 and 4.","number «1» 1 | number «2» 2 | number «3» 3 | number «4» 4"],
  // The power of a bracketed unit at the end of a sentence is no number.
  ["Clearance was 60 mL·min-1·(1.73 m2)-1.","number «60» 60 [ml/minute] ⚓ 1.73 m2 ; min-1 ; -1"],
  // A mean ± SD writes its unit once, after the SD or after the bracket around both.
  ["The operative time was (385.2±62.4) min.","number «385.2» 385.2 [minute] d1 | number «62.4» 62.4 [minute] d1"],
  ["The operative time was 385.2±62.4 min.","number «385.2» 385.2 [minute] d1 | number «62.4» 62.4 [minute] d1"],
  // A fracture classification's code is a name; type 2 still names a type.
  ["There were 21 cases of type 43-A1.","number «21» 21 [patient] ⚓ 43-A1"],
  ["Fractures were type 31-B2.1.","(none) ⚓ 31-B2.1"],
  // A Snellen acuity is a ratio of distances, not a count out of its denominator.
  ["BCVA improved from 20/200 to 20/40.","ratio «20/200» 20/200 | ratio «20/40» 20/40"],
  // The article as one of a duration: not a rate's base, not half a year, not a compound.
  ["Patients were reviewed a year after surgery.","number «a year» 1 [year]"],
  ["The drug was given twice a day for a month.","number «twice» 2 [time] | number «a month» 1 [month]"],
  ["A week later, 5 patients relapsed.","number «A week» 1 [week] | number «5» 5 [patient]"],
  ["Follow-up lasted more than a year.","number «a year» 1 [year] >"],
  ["Once a year, patients were screened.","number «Once» 1 [time]"],
  ["They were followed for half a year.","number «half a year» 0.5 [year] d1"],
  ["The study lasted a year and a half.","number «a year and a half» 1.5 [year] d1"],
  ["A year-long program was run.","(none)"],
  // A year a preposition names is a date, not the start of a range to the value after it.
  ["The rate fell from 46.3% in 2010 to 3.1% in 2019.","percent «46.3%» 46.3 d1 | percent «3.1%» 3.1 d1 ⚓ 2010 ; 2019"],
  // After a p-value's sign, 10-4 is a power of ten whose superscript minus was flattened; elsewhere it stays a range.
  ["Associations were found (P＜10-4), P<10-12 and P = 10-3. Depths were 10-4 m.","pvalue «P＜10-4» 0.00009999999999999999 < d4 | pvalue «P<10-12» 1e-12 < d12 | pvalue «P = 10-3» 0.001 = d3 | range «10-4 m» 10..4 [m]"],
  // A number like a year before a squared or cubed length is an amount.
  ["The area increased by 2035 km2 in 2015, and discharge was 1980 m3/s.","number «2035» 2035 [km2] | number «1980» 1980 ⚓ km2 ; m3 ; 2015"],
  // A negated comparative bounds the other way: `no less than 5` is at least 5, `no longer than eight years` at most 8.
  ["It took no less than 5 days and no fewer than 10 plots, no longer than eight years, not more than 4 h, not exceeding 2%.","number «5» 5 [day] >= | number «10» 10 >= | number «eight» 8 [year] <= | number «4» 4 [hour] <= | percent «2%» 2 <="],
  // A year that ends a span of time after a dash (`1970s—2000`) starts no range with the number after `to`.
  ["Loss rose from 0.45%/a during 1970s—2000 to 0.71%/a during 2000—2015.","percent «0.45%» 0.45 d2 | date «1970s» 1970s | percent «0.71%» 0.71 d2 ⚓ 2000 ; 2000—2015"],
  ["It decreased from 50 μg/m3 in 2015 to 29 μg/m3 in 2022.","number «50» 50 [μg] | number «29» 29 [μg] ⚓ 2015 ; 2022"],
  ["Elevations ranged from 1950 to 2500 m.","range «1950 to 2500 m» 1950..2500 [m]"],
  ["Vaccination should be completed by mid-May.","date «May» ?-5-?"],
  ["The survey closed in Jan., 2018.","date «Jan., 2018» 2018-1-?"],
  ["Incidence rose in the 1980s.","date «1980s» 1980s"],
  ["Incidence rose from 2000 onwards.","(none) ⚓ 2000"],
  ["Scores were recorded on D0, D14 and D28.","number «D0» 0 [day] | number «D14» 14 [day] | number «D28» 28 [day]"],
  ["Residues D166 and D168 were mutated.","(none) ⚓ D166 ; D168"],
  ["Women were screened at 36 0/7 to 37 6/7 weeks of gestation.","number «36» 36 | number «37» 37 | number «6/7» 6 [day]"],
  ["Delivery at 39 2/7 weeks.","number «39 2/7 weeks» 275 [day]"],
  ["Of the cohort, 2/7 relapsed within weeks.","fraction «2/7» 2/7"],
  ["Patients may 3 times repeat the test.","number «3» 3 [time]"],
  ["May patients benefit from it?","(none)"],
  ["Sepsis developed in March.","date «March» ?-3-?"],
  ["Data from December2014toFebruary2016 were read.","date «December2014» 2014-12-? | date «February2016» 2016-2-?"],
  ["Citation: lancet 2018 jun 23.","date «2018 jun 23» 2018-6-23"],
  ["Enrolment ran from june 2019 to fromDecember2014 and in may 2018 values decreased by 5 on 23 june.","date «june 2019» 2019-6-? | date «December2014» 2014-12-? | date «may 2018» 2018-5-? | number «5» 5 | date «23 june.» ?-6-23"],
  ["Patients seen from January to March were included.","date «January» ?-1-? | date «March» ?-3-?"],
  // Two month names joined as a span are months, `May` too; a `May` that starts a sentence stays the verb.
  ["Samples were taken in the growing season (May-September), in spring (March-April) and May to September; Mar-Apr counts rose.", "date «May» ?-5-? | date «September» ?-9-? | date «March» ?-3-? | date «April» ?-4-? | date «May» ?-5-? | date «September» ?-9-? | date «Mar» ?-3-? | date «Apr» ?-4-?"],
  ["May patients benefit, March-April?", "date «March» ?-3-? | date «April» ?-4-?"],
  ["Response was 4.9% (2/41).","percent «4.9%» 4.9 d1 | fraction «2/41» 2/41"],
  ["Survival at 1,3,5 years was 90%, 80% and 70%.","number «1» 1 | number «3» 3 | number «5» 5 [year] | percent «90%» 90 | percent «80%» 80 | percent «70%» 70"],
  ["Plants were treated with 2,4-D.","(none) ⚓ 2,4-D"],
  // Kelvin set apart from its number; not a unit per kelvin (`K-1`, `/K`) nor `K/min`, and a glued `100K` stays thousands.
  ["Samples were tested at 1 173-1 323 K and 298 K, heated at 10 K/min; the CTE was 38.5×10-6 K-1 and 26.2 ppm/K.","range «1 173-1 323 K» 1173..1323 [kelvin] | number «298» 298 [kelvin] | number «10» 10 | number «38.5×10-6» 0.0000385 d7 | number «26.2» 26.2 d1 ⚓ K-1"],
  // A number after a unit's slash (g/10 min) starts no range; a fraction's slash is no unit's.
  ["The melt flow index decreased from 12.4 g/10 min to 5.7 g/10 min, and from 3/10 to 5/10.","number «12.4» 12.4 [g] d1 | number «10» 10 [minute] | number «5.7» 5.7 [g] d1 | number «10» 10 [minute] | fraction «3/10» 3/10 | fraction «5/10» 5/10"],
  // Primed locants number a second ring: 4,4′-oxydianiline.
  ["Polyimide was prepared from 4,4′-oxydianiline and 3,3′,4,4′-biphenyltetracarboxylic dianhydride.","(none) ⚓ 4,4′-oxydianiline ; 3,3′,4,4′-biphenyltetracarboxylic"],
  // A half-life's symbol and an orthogonal array (runs, levels to the power of factors) are names.
  ["The t1/2 was (3.84±0.62) h and t1/2β 4.1 h; an L9(3⁴) orthogonal array was used.","number «3.84» 3.84 [hour] d2 | number «0.62» 0.62 [hour] d2 | number «4.1» 4.1 [hour] d1 ⚓ t1/2 ; t1/2β ; L9(3⁴)"],
  ["Feed was mixed at a ratio of 1:2:1 to 1:4:1.","(none) ⚓ 1:2:1 to 1:4:1"],
  ["Annual epidemics cause 3 to 5 million severe cases.","range «3 to 5 million» 3000000..5000000 d-6"],
  ["Annual epidemics cause three to five million severe cases.","range «three to five million» 3000000..5000000"],
  ["Between two and three million cases occur yearly.","range «two and three million cases» 2000000..3000000 [patient]"],
  ["One hundred and twenty-three patients and twenty three controls.","number «One hundred and twenty-three» 123 [patient] | number «twenty three» 23"],
  ["Consumption fell from 99.4 to 88.5 billion sticks.","number «99.4» 99400000000 d-8 | number «88.5 billion» 88500000000 d-8"],
  ["Prices rose from 500 to 2 million yuan.","range «500 to 2 million» 500..2000000"],
  // A near end far below the far one shares its power still: a reference range spans more than tenfold.
  ["The cell count was 5-86 × 10^6/L.", "range «5-86 × 10^6» 5000000..86000000 d-6"],
  ["More than 23 million people were affected.","number «23 million» 23000000 [patient] > d-6"],
  ["Patients were aged 21 months to 75 years.","range «21 months to 75 years» 21..900 [month]"],
  ["Children aged 6 months through 8 years need 2 doses.","range «6 months through 8 years» 6..96 [month] | number «2» 2 [dose]"],
  ["The child was aged 1 year and 9 months.","number «1 year and 9» 21 [month]"],
  // The same age as an adjective: its hyphens are no minus signs.
  ["A 2-year-and-5-month-old boy and a 1-year-9-month-old girl; the 2-year-old and 5-month-old boys.", "number «A» 1 [patient] | number «2-year-and-5» 29 [month] | number «a» 1 [patient] | number «1-year-9» 21 [month] | number «2» 2 [year] | number «5» 5 [month]"],
  ["People more than 8 years old need 1 dose.","number «8» 8 [year] > | number «1» 1"],
  ["The short (sixmonth) duration helps.","number «six» 6 [month]"],
  ["The risk was threefold higher, a Tenfold gain; manifold.","number «three» 3 [fold] | number «Ten» 10 [fold]"],
  ["The risk doubled, then tripled; the doubling time fell.","number «doubled» 2 [fold] | number «tripled» 3 [fold]"],
  ["Costs were 0.1261,0.0964and O.5985,which is low.","number «0.1261» 0.1261 d4 | number «0.0964» 0.0964 d4 | number «O.5985» 0.5985 d4"],
  ["Encryption used l6 bits.","number «l6» 16"],
  ["About 1O patients withdrew.","number «1O» 10 [patient] ~"],
  ["Oxygen (O2) and CO2 were given; I2 was 45%.","percent «45%» 45 ⚓ CO2 ; O2 ; I2"],
  ["The correlation was-0.43 in men.","number «-0.43» -0.43 d2"],
  ["IL-6 rose in was-treated mice.","(none) ⚓ IL-6"],
  ["Articles from 2001 to 2021and166articles were read.","number «166» 166 ⚓ 2001 to 2021"],
  ["Was -0.4 the mean? At -2 °C it froze; the 95% ci -0.8 to -0.1.", "number «-0.4» -0.4 d1 | number «-2» -2 [celsius] | percent «95%» 95 | range «-0.8 to -0.1» -0.8..-0.1 d1"],
  // A tilde or ≈ before a number makes it approximate; a tilde between two numbers is a range.
  ["The mean age was ~30 years, (~40 patients) had ≈50 mg, ∼2 h; ranges 10~30 and 5%~10% stay.", "number «30» 30 [year] ~ | number «40» 40 [patient] ~ | number «50» 50 [mg] ~ | number «2» 2 [hour] ~ | range «10~30» 10..30 | range «5%~10%» 5..10 [percent]"],
  // A count a PDF glued to the words on both sides is read; digits glued to a word that is no count stay a name.
  ["Angiography at6months showed no aneurysm in these8patients; trisomy18syndrome and fbw7are names.", "number «6» 6 [month] | number «8» 8 [patient] ⚓ trisomy18syndrome ; fbw7are"],
  // More words a PDF glues to the number after them: a verb, a preposition or a bound (`reached87.2%`, `below4 500 m`);
  // a name keeps its digits (`Th17`, `in6CRCcellines`), and so does the article (`the2-party`).
  // Any word glued to a percentage leaves it a percentage (`explained81%`, `a7%`, `When20%`); a name of capitals keeps it (`IL6%`).
  // A year glued to the preposition that names it starts no range (`in2006 to2.41 m`).
  ["It explained81% and21% of it, with a7% reduction, When20% were missing, IL6% not.","percent «81%» 81 | percent «21%» 21 | percent «7%» 7 | percent «20%» 20 ⚓ IL6"],
  ["Thickness rose from 2.13 m in2006 to2.41 m in 2020.","number «2.13» 2.13 [m] d2 | number «2.41» 2.41 [m] d2 ⚓ 2006 ; 2020"],
  ["The rate reached87.2% and grew after5～8 years, below4 500 m, the top25%, Th17 and in6CRCcellines.","percent «87.2%» 87.2 d1 | range «5～8 years» 5..8 [year] | number «4 500» 4500 [m] < | percent «25%» 25 ⚓ Th17 ; in6CRCcellines"],
  ["The pattern inJanuary differed.","date «January» ?-1-?"],
  ["This included:1)increasing propaganda,3)developing clear rules.","(none)"],
  ["Grades (1, 2, 3)were seen.","number «1» 1 | number «2» 2 | number «3» 3"],
  ["A diagnosis 4 years earlier and11 weeksafter pregnancy.","number «4» 4 [year] | number «11» 11 [week]"],
  ["Follow-up lasted 5 yrs.","number «5» 5 [year]"],
  ["The difference was significant (p=0·03), HR 1·25.","pvalue «p=0·03» 0.03 = d2 | number «1·25» 1.25 d2"],
  ["The tooth formula is 3·2·1 here.","number «3» 3 | number «2» 2 | number «1» 1"],
  ["Guidelines changed over the past decade.","number «decade» 10 [year]"],
  ["There were 14 males and 4 females.","number «14» 14 [patient] | number «4» 4 [patient]"],
  ["Evidence accumulated over decades.","(none)"],
  // Forms of unseen abstracts: clinical codes are identifiers compared by their system, not amounts (a bare sum is arithmetic).
  ["Biopsy showed Gleason score 3+4=7 in 40 patients.","number «40» 40 [patient] ⚓ 3+4=7"],
  ["Gleason 7 (4+3) was found in 12 men.","number «12» 12 [patient] ⚓ 7 (4+3)"],
  ["Sums such as 3+4=7 are arithmetic.","number «3» 3 | number «4» 4 | number «7» 7"],
  ["Tumours were staged ypT0N0 or pT2N1 in 12 patients.","number «12» 12 [patient] ⚓ ypT0N0 ; pT2N1"],
  ["Lesions were BI-RADS 4a in 30 patients.","number «30» 30 [patient] ⚓ 4a"],
  ["Of 50 patients, 20 were Child-Pugh class A.","fraction «50 patients, 20» 20/50 [patient] ⚓ A"],
  ["We included 50 patients with ICD-10 codes I20-I25.","number «50» 50 [patient] ⚓ I20-I25 ; ICD-10"],
  ["Acupuncture at ST36 and SP6 lasted 4 weeks.","number «4» 4 [week] ⚓ ST36 ; SP6"],
  ["Serum ST2 rose in 40 patients.","number «40» 40 [patient] ⚓ ST2"],
  ["Cells at passage P3 were used.","(none) ⚓ P3"],
  ["We obtained 8 230Th dates.","number «8» 8 ⚓ 230Th"],
  ["Ages came from 14C, 210Pb and 137Cs in 3 cores.","number «3» 3 ⚓ 14C ; 210Pb ; 137Cs"],
  ["The 87Sr/86Sr ratio was 0.7102 and δ18O was −5.2‰.","number «0.7102» 0.7102 d4 | number «−5.2» -5.2 [permille] d1 ⚓ 87Sr ; 86Sr ; 18O"],
  ["Scans used 99mTc in 12 patients.","number «12» 12 [patient] ⚓ 99mTc"],
  ["Cells were kept at 37C with 100U penicillin and 10N force.","number «37» 37 | number «100» 100 [u] | number «10» 10"],
  ["Blood loss rose, as did the anhepatic phase 52.7±13.8 min.","number «52.7» 52.7 [minute] d1 | number «13.8» 13.8 [minute] d1"],
  ["The anhepatic phase lasted, at phase 5 min, longer.","number «5» 5 [minute]"],
  ["In this phase 1b/2 trial and a phase III study, 40 patients took part.","number «40» 40 [patient] ⚓ phase 1b/2 ; phase III"],
  ["Patients entered phase 2 (n=40).","number «40» 40 ⚓ phase 2"],
  ["FiO2 above 40% in the first week was recorded.","percent «40%» 40 > | number «first week» 1 [week] ⚓ FiO2"],
  ["During the first year, 30 infants were weaned.","number «first year» 1 [year] | number «30» 30 [patient]"],
  ["In the first 3 days, oxygen was given.","ordinal «first» 1 [ordinal] | number «3» 3 [day]"],
  ["The first-year students were surveyed.","ordinal «first» 1 [ordinal]"],
  ["Of 120 patients, 40 had CKD stage 3a.","fraction «120 patients, 40» 40/120 [patient] ⚓ 3a"],
  ["Stages IIIA-IIIB and stage 3 were seen.","number «3» 3 ⚓ IIIA-IIIB"],
  ["Under-5 mortality fell by 20%, and the over-65s were 12%.","number «Under-5» 5 [year] | percent «20%» 20 | number «over-65s» 65 [year] | percent «12%» 12"],
  ["Passage-3 (P3) cells were used.","(none) ⚓ P3 ; Passage-3"],
  ["Phase II metabolism involved 3 enzymes.","number «3» 3 ⚓ Phase II"],
  ["Of 40 fractures, 12 were AO type 43-C.","fraction «40 fractures, 12» 12/40 ⚓ 43-C"],
  ["The annual maximum 1-day precipitation (RX1day) rose, as did 1-day stays.","number «1» 1 [day] ⚓ 1-day precipitation (RX1day)"],
  // `N times` before a comparative is a multiple after any verb: `runs 4.3 times faster` (速度快4.3倍).
  ["It runs 4.3 times faster and converges 2 times quicker.","number «4.3» 4.3 [fold] d1 | number «2» 2 [fold]"],
  ["Patients were seen 3 times after surgery.","number «3» 3 [time]"],
  // Slips of text from a PDF: an `l` for the 1 before a group of three digits; a plus glued to `from` and `to`.
  ["A survey was conducted among l 082 students.","number «l 082» 1082"],
  ["The volume was 5 l 100 times.","number «5» 5 [l] | number «100» 100 [time]"],
  ["The values range from+6.8 to+12.4.","range «+6.8 to+12.4» 6.8..12.4 d1"],
  // A change by half is a share of one half (上升了50%); a reference cited by number is no amount; trillions before tokens.
  ["Incidence rose by half; the dose was cut by half a tablet.","fraction «half» 1/2"],
  ["Mortality was 12.5% (ref. 3) and 8.1% (refs. 4, 5).","percent «12.5%» 12.5 d1 | percent «8.1%» 8.1 d1 ⚓ ref. 3 ; refs. 4, 5"],
  ["The model was trained on 1.2T tokens; we used 3.0 T images.","number «1.2T» 1200000000000 d-11 | number «3.0» 3 d1"],
  ["Modified Ashworth grade 1+ was found in 12 patients.","number «1» 1 | number «12» 12 [patient]"],
  // Bounds and approximations in words, in any case and after any white space: a word only ends the text before the number.
  ["Therapy lasted Up To\u00a012 weeks, with approx. 30 visits, Nearly\u2009 40 sites and at least\t5 doses.", "number «12» 12 [week] <= | number «30» 30 ~ | number «40» 40 ~ | number «5» 5 [dose] >="],
  ["Moreover 12 sites took part, and over-\n3 arms.", "number «12» 12 | number «3» 3 [group]"],
  ["Outcomes were assessed at DAY\u00a056 and in Cycles\u2009 3; T helper (Th)\u00a017 cells rose.", "number «56» 56 [day] | number «3» 3 [cycle] ⚓ 17"],
  ["Scores fell FROM\u00a08 to 3 and lay Between\u2009 2 and 6, with (5.1 ±\u00a02.2) mg.", "number «8» 8 | number «3» 3 | range «2 and 6» 2..6 | number «5.1» 5.1 [mg] d1 | number «2.2» 2.2 [mg] d1"],
  ["Mortality was lower (P &lt;\u00a00.05) with &ge;\u2009 3 doses, p =\u00a0.036, and <\u00a020 mg.", "pvalue «P &lt;\u00a00.05» 0.05 < d2 | number «3» 3 [dose] >= | pvalue «p =\u00a0.036» 0.036 = d3 | number «20» 20 [mg] <"],
  // A minus is a sign after a bracket, a comma, `vs.`, `CI` or `was`, in any case (a question's `Was`).
  ["Values: -2.1 vs. -3.4, CI -1.2 to 0.5, and Was\u00a0-0.4.", "number «-2.1» -2.1 d1 | number «-3.4» -3.4 d1 | range «-1.2 to 0.5» -1.2..0.5 d1 | number «-0.4» -0.4 d1"],
  // A hyphen after a solvent joins two components of a mobile phase: no minus, no name.
  ["The mobile phase was acetonitrile-0.1% formic acid.", "percent «0.1%» 0.1 d1"],
  // `times` after `reaching` is a multiple (3.5倍), not a count of occasions.
  ["Expression increased, reaching 3.5 times at 48 h.", "number «3.5» 3.5 [fold] d1 | number «48» 48 [hour]"],
  // A flattened power of ten before a count per well.
  ["Cells were seeded at 1×104/well.", "number «1×104» 10000 d-4"],
  // The superscript of an area a PDF set apart from its unit is no number; a count after a unit still is.
  ["The yield was 7 500 kg/hm 2 and the area was 120 km 2.", "number «7 500» 7500 [kg/ha] | number «120» 120 [km2]"],
  // A multiple before `that` or `those` with the next word glued to them by a PDF.
  ["Depletion reached 142mm, 2.3 times thatunder W3, and 3 times thoseof controls.", "number «142» 142 [mm] | number «2.3» 2.3 [fold] d1 | number «3» 3 [fold] ⚓ W3"],
  // A magnitude glued to its scale (Ms, Mw, ML) is its value; other names with one digit and a decimal stay names.
  ["An Ms6.8 event (Mw 6.6) followed the M6.8 and ms6.8 marks.", "number «6.8» 6.8 d1 | number «6.6» 6.6 d1 ⚓ M6 ; ms6"],
  // A megagram per hectare is a tonne per hectare, the element it counts named between (`Mg C/ha`, `kg N/hm2`).
  ["Carbon rose from 89.6 Mg C/ha to 271.3 Mg C/ha, at 5.3 Mg C ha-1 a-1, with 180 kg N/hm2.", "number «89.6» 89.6 [t/ha] d1 | number «271.3» 271.3 [t/ha] d1 | number «5.3» 5.3 [t/ha] d1 | number «180» 180 [kg/ha] ⚓ ha-1 ; a-1"],
  ["Yields were 7.92 t/ha and 1 725 kg ha-1, income 38 460 yuan/ha, on farms of more than 3.33 hectares.", "number «7.92» 7.92 [t/ha] d2 | number «1 725» 1725 [kg/ha] | number «38 460» 38460 [yuan/ha] | number «3.33» 3.33 [ha] > d2 ⚓ ha-1"],
  ["Lesions of 3 mm 2 weeks later were 5 mm.", "number «3» 3 [mm] | number «2» 2 [week] | number «5» 5 [mm]"],
  // `times` after a change to a value, or after `diluted`, is a multiple (降至0.41倍, 稀释50倍); before a rate, a count.
  ["GPX4 decreased to 0.41 times. The broth was diluted 50 times. The dose was increased to 3 times a day.", "number «0.41» 0.41 [fold] d2 | number «50» 50 [fold] | number «3» 3 [time] ⚓ GPX4"],
  // A count after a name's number and a space is no thousands group of the two.
  ["blaKPC-2 was found in 104 isolates, and IL-6 120 patients.", "number «104» 104 [strain] | number «120» 120 [patient] ⚓ blaKPC-2 ; IL-6"],
  // `from` and `of` glued to the word before them by a PDF: a fall from one value to another is a change, no range; a minus after them a sign.
  ["Kernel number per ear fellfrom 612 to 438, and grasses droppedfrom 38% to14%.", "number «612» 612 | number «438» 438 | percent «38%» 38 | percent «14%» 14"],
  ["The resting membrane potentialof −68.4±3.2 mV was stable.", "number «−68.4» -68.4 d1 | number «3.2» 3.2 d1"],
  // A number grouped in thousands by a space and glued to the word before it is one number, as with a comma.
  ["Seed yield averaged2 856 kg/hm2, of which1 127 were up-regulated.", "number «2 856» 2856 [kg/ha] | number «1 127» 1127"],
  // A flattened power of ten before an area or a volume (亿m3); a length after it is still a product's.
  ["Runoff was 532.8×108 m3, 158×108 m3 and 2×104 km2; the mass was 2.5×105 mm.", "number «532.8×108» 53280000000 [m3] d-7 | number «158×108» 15800000000 [m3] d-8 | number «2×104» 20000 [km2] d-4 | number «2.5» 2.5 d1 | number «105» 105 [mm] ⚓ m3 ; m3 ; km2"],
  // A yield per mu written as per 667 m² (亩): its 667 is part of the unit, not a plot of 667 m².
  ["Yield was 749 kg/667m2 (11 236 kg/hm2) and income 2 564 yuan/667m2 on 667 m2 plots.", "number «749» 749 [kg/mu] | number «11 236» 11236 [kg/ha] | number «2 564» 2564 [yuan/mu] | number «667» 667 [m2] ⚓ m2 ; 667m2 ; 667m2"],
  // A measure with a power of -1 for its slash; lengths in kb and bp, masses in kDa and Da.
  ["MIC decreased to 0.125 μg·mL⁻¹, 4 mg·L-1, 7 mg L−1 and 8 g·kg⁻¹.", "number «0.125» 0.125 [μg/ml] d3 | number «4» 4 [mg/l] | number «7» 7 [mg/l] | number «8» 8 [g/kg] ⚓ L-1 ; L-1"],
  ["A 1.5 kb fragment encoded a 51.2 kDa protein of 6.3×10⁴ Da.", "number «1.5» 1.5 [kb] d1 | number «51.2» 51.2 [kda] d1 | number «6.3×10⁴» 63000 [da] d-3"],
  // A licence for laboratory animals and accession numbers of sequences name things.
  ["Mice (license No. SCXK (Xiang) 2019-0004); GenBank accession No. OQ123456 and NM_000546.6.", "(none) ⚓ SCXK (Xiang) 2019-0004 ; OQ123456 ; NM_000546.6"],
  // Globin mutations by their names older than HGVS: codon pairs, intron positions, a promoter position beside its HGVS name or with its change.
  ["The mutations c.-78A>G (-28) and c.316-197C>T (IVS-II-654) were found in 9 and 11 carriers, CD41-42 and CD41/42 in 30 and -28 (A>G) in 4; CD4/8 was normal.", "number «9» 9 | number «11» 11 | number «30» 30 | number «4» 4 | number «8» 8 ⚓ c.-78A>G ; c.316-197C>T ; CD41-42 ; CD41/42 ; IVS-II-654 ; -28 ; -28 (A>G) ; CD4"],
  // A signed number in brackets is an amount, not a list marker.
  ["Scores fell in group A (-28) and rose in group B (+3); the aims were (1) safety and (2) efficacy.", "number «-28» -28 | number «+3» 3"],
  // The present of doubled and tripled before what it multiplies; not the noun.
  ["Seven-day monitoring triples the detection rate and doubles its cost; knowledge triples were extracted.", "number «Seven» 7 [day] | number «triples» 3 [fold] | number «doubles» 2 [fold]"],
  // A slash between two means with their SDs is a pressure's two values, not a fraction of the SD over the next mean.
  ["Office blood pressure was 168±14/98±10 mmHg, and 130/80 mmHg in 12/36 patients.", "number «168» 168 | number «14» 14 | number «98» 98 [mmhg] | number «10» 10 [mmhg] | number «130» 130 [mmhg] | number «80» 80 [mmhg] | fraction «12/36» 12/36 [patient]"],
  // A range of types is one name, `types 3-5` as `3～5型`, and so are two of them, `types 1 and 2` as `1、2型`.
  ["BARC types 3-5 bleeding, type 3 to 5, type 2 diabetes and types 1 and 2.", "(none) ⚓ types 3-5 ; type 3 to 5 ; type 2 ; types 1 and 2"],
  // Not a count of patients after the second type.
  ["BARC type 3 or 5 bleeding was seen in type 2 and 3 patients.", "number «3» 3 [patient] ⚓ type 3 or 5 ; type 2"],
  // The power of a unit or symbol written with a caret is an exponent; a whole number after `p =` is a dimension (P = 1.5 is still a p-value).
  ["The flux was 3.4 ph cm^-2 s^-1 at 3.56 mmol g^-1 h^-1, and log p = o(n^{1/3}).", "number «3.4» 3.4 d1 | number «3.56» 3.56 [mmol] d2 ⚓ ^-2 ; ^-1 ; ^-1 ; ^-1 ; ^{1/3}"],
  ["Simulations used p = 100, 200 and 500 variables; P = 1.5 is still a p-value.", "number «100» 100 | number «200» 200 | number «500» 500 | pvalue «P = 1.5» 1.5 = d1"],
  ["Densities fell from 1.86×10^16 cm^-3 to 7.4×10^15 cm^-3.", "number «1.86×10^16» 18600000000000000 [cm] d-14 | number «7.4×10^15» 7400000000000000 [cm] d-14 ⚓ ^-3 ; ^-3"],
  // Text from PDFs: a software name glued to the word before it, a grouped number glued to words, an l before a comma group,
  // a scale glued to its noun or word, a month glued to the word before it or with a full-width comma before its year.
  ["Models were implemented in Python 3.8 andPyTorch 1.12, usingCUDA 11.3.", "(none) ⚓ Python 3.8 ; PyTorch 1.12 ; CUDA 11.3"],
  ["We collected48,760research articles and 2,600 pages ofdata500,000.", "number «48,760» 48760 | number «2,600» 2600 | number «500,000» 500000"],
  ["We identify l,852 quasars and models from l.5 to 7.", "number «l,852» 1852 | range «l.5 to 7» 1.5..7 d1"],
  ["Eleven models ranging from 1.8B to 72B parameters and a model with 46.7Mparameters were tested on about1.05million characters.", "number «Eleven» 11 | range «1.8B to 72B parameters» 1800000000..72000000000 [parameter] d-8 | number «46.7M» 46700000 [parameter] d-5 | number «1.05million» 1050000 ~ d-4"],
  ["Cases reported betweenJanuary 20 and February 10, 2020, and from January 11 to February 29，2020, fell onFebruary 2.", "date «January 20» 2020-1-20 | date «February 10, 2020» 2020-2-10 | date «January 11» 2020-1-11 | date «February 29，2020» 2020-2-29 | date «February 2» ?-2-2"],
  ["They met in March 3,4 and 5 and on March 3,2019.", "date «March» ?-3-? | number «3» 3 | number «4» 4 | number «5» 5 | date «March 3,2019» 2019-3-3"],
  // A share of a ranking (`the lowest third`, 后1/3); `3-D` is a name as `3D` is.
  ["Scores were higher in the lowest third of baseline scores (d = 0.61) than in the top quarter.", "fraction «third» 1/3 | number «0.61» 0.61 d2 | fraction «quarter» 1/4"],
  ["A 3-D convolutional stem and 2-D maps were used.", "(none) ⚓ 3-D ; 2-D"],
  // Not shorthand after a word that only begins like a unit (`use`), nor opening a hyphenated word; still after a dose.
  ["The use of bid-winning generics rose, and aspirin 100 mg bid was given.", "number «100» 100 [mg] | number «bid» 2 [time]"],
  // The one point of a score a change is counted in names the unit (每增加1分).
  ["Each 1-point increase in the score raised the risk.", "(none) ⚓ 1-point"],
  // A group's size in a bracket after its name, where no list of bracketed numbers runs through it; a list's markers stay order.
  ["Patients were assigned to an intervention group (48) or a control group (46): (1) education, (2) follow-up.", "number «48» 48 | number «46» 46"],
  // A count in a bracket after what it counts, ending its item at a comma, a conjunction or a full stop; a list marker opens its item's text.
  ["Swabs came from bed rails (4), panels (3) and drains (2); fungi made up 9.5% (23). The aims were (1) to test, (2) to assess.", "number «4» 4 | number «3» 3 | number «2» 2 | percent «9.5%» 9.5 d1 | number «23» 23"],
  // An interval of proportions as decimal fractions of one (85%～92% in a translation).
  ["The pooled sensitivity was 0.89 (95% CI, 0.85-0.92).", "number «0.89» 0.89 d2 | percent «95%» 95 | range «0.85-0.92» 0.85..0.92 d2"],
  // A scale word at a list's end reaches back over its commas; never onto a number with its own unit, nor past a word into a range.
  ["It rose from 0.41 billion yuan in the first year to 0.55, 0.65 and 0.73 billion yuan; 12, 3 million.", "number «0.41 billion» 410000000 d-7 | number «first year» 1 [year] | number «0.55» 550000000 d-7 | number «0.65» 650000000 d-7 | number «0.73 billion» 730000000 d-7 | number «12» 12 | number «3 million» 3000000 d-6"],
  // A minus after a word naming an estimate, with a space and no `=` (economics' `coefficient -0.126***`).
  ["The effect held (coefficient -0.126***, standard error 0.031), with slopes -0.19 and an elasticity -0.35; the estimate -1.2 was robust.", "number «-0.126» -0.126 d3 | number «0.031» 0.031 d3 | number «-0.19» -0.19 d2 | number «-0.35» -0.35 d2 | number «-1.2» -1.2 d1"],
  // A page number that PDF text leaves alone on its line, bare or framed, inside a sentence: no amount.
  ["The share rose to 32.9% in the central Gobi steppe regions of the Mongolian\n1352\nPlateau; 12 of 20 stations\n— 56 —\nwarmed.", "percent «32.9%» 32.9 d1 | fraction «12 of 20» 12/20"],
  // Ages before present count backwards: `from 65 to 24.6 Ma` is a span, as `65～24.6 Ma` is; a rate that falls is no range.
  ["The basin subsided from 65 to 24.6 Ma, and the rate fell from 80 to 50 m/Myr.", "range «65 to 24.6 Ma» 65..24.6 [ma] d1 | number «80» 80 | number «50» 50 [m]"],
  // A motion segment of the spine (`L3/4`, `L4-5`, `C5/6`) is one name, as `L5/S1` is: no `4 in 9`.
  ["The involved segments were L3/4 in 9 cases, L4-5 in 45 cases and C5/6 in 14 cases.", "number «9» 9 [patient] | number «45» 45 [patient] | number «14» 14 [patient] ⚓ L3/4 ; L4-5 ; C5/6"],
  // A minus after a comparison's sign or word is a sign, never a dash.
  ["Osteoporosis was a T-score ≤ −2.5; the T-score was −2.31 versus −1.56, lower than -2.0.", "number «−2.5» -2.5 <= d1 | number «−2.31» -2.31 d2 | number «−1.56» -1.56 d2 | number «-2.0» -2 < d1"],
  // The SD of one mean and the next mean, a percent or degree sign after each, are no range.
  ["The index fell from 18.6%±9.4% to 7.3%±4.1%; the Cobb angle from 108.6°±14.2° to 42.3°±11.8°.", "percent «18.6%» 18.6 d1 | percent «9.4%» 9.4 d1 | percent «7.3%» 7.3 d1 | percent «4.1%» 4.1 d1 | number «108.6» 108.6 d1 | number «14.2» 14.2 d1 | number «42.3» 42.3 d1 | number «11.8» 11.8 d1"],
  // Sizes of groups in brackets one apart are sizes still, no list's markers.
  ["Tai Chi group (42), vibration group (43) and control group (42) were compared.", "number «42» 42 | number «43» 43 | number «42» 42"],
  // Two types joined are one code of both.
  ["Crowe type I or II and types I and II hips, and type I-II DDH.", "(none) ⚓ type I or II ; types I and II ; type I-II"],
  // Teeth by their FDI numbers listed after the tooth's name are positions; one alone outside a bracket is a number still.
  ["The first molars (36/46) and teeth 11 and 21 were restored in 24 patients; tooth 46 and 28 teeth.", "ordinal «first» 1 [ordinal] | number «24» 24 [patient] | number «46» 46 | number «28» 28 ⚓ 36/46 ; 11 and 21"],
  // A muscle's strength graded out of five states its grade; a share of patients is a fraction still.
  ["Muscle strength was MRC grade 4/5 in 21 of 25 patients, power of 3/5 in 4, and 4/5 of the patients walked.", "number «4» 4 | fraction «21 of 25» 21/25 [patient] | number «3» 3 | number «4» 4 | fraction «4/5» 4/5 ⚓ /5 ; /5"],
  // Power and energy by their SI prefix, and square kilometres, are units a translation converts (19.8万kW); not a watt per something.
  ["The farm of 198 MW (66 turbines of 3 MW) generated 41.2 GWh on 4.6 km2; cells of 231 Wh/kg.", "number «198» 198 [mw] | number «66» 66 | number «3» 3 [mw] | number «41.2» 41.2 [gwh] d1 | number «4.6» 4.6 [km2] d1 | number «231» 231 ⚓ km2"],
  // Standards of Chinese industries with their year, and ASTM's two-digit editions: names, no range that runs backwards; not `TB` alone.
  ["Capacities exceeded the code (TB 10093-2017), JTG D60-2015 and ASTM F2924-14; TB 2019-2020 cases rose by 12-15.", "range «12-15» 12..15 ⚓ TB 10093-2017 ; JTG D60-2015 ; ASTM F2924-14 ; 2019-2020"],
  // `by N times` is a multiple where a verb of change stands earlier in the sentence, its second object's too; `followed by 3 times` counts.
  ["Post-grouting increased the capacity by 31.5% and the tip resistance by 1.8-2.4 times. This was followed by 3 times of washing.", "percent «31.5%» 31.5 d1 | range «1.8-2.4 times» 1.8..2.4 [fold] d1 | number «3» 3 [time]"],
  // Heart and breathing rates per minute are the bpm of 次/分.
  ["Heart rate fell from 82±9 to 64±8 beats/min (target 50-60 beats per minute); respiratory rate was 18 breaths/min.", "number «82» 82 | number «9» 9 | number «64» 64 [bpm] | number «8» 8 [bpm] | range «50-60 beats per minute» 50..60 [bpm] | number «18» 18 [bpm]"],
  // A duration up to a dose is an interval and a value, no range; two durations are one.
  ["The dose was adjusted every 2 weeks to 7.5 mg; ages ran from 6 months to 3 years.", "number «2» 2 [week] | number «7.5» 7.5 [mg] d1 | range «6 months to 3 years» 6..36 [month]"],
  // A hyphen after the name of a difference is a minus.
  ["The mean difference was -6.2 mL (limits of agreement -38.5 to 26.1 mL; bias -1.4).", "number «-6.2» -6.2 [ml] d1 | range «-38.5 to 26.1 mL» -38.5..26.1 [ml] d1 | number «-1.4» -1.4 d1"],
  // The body surface area of a filtration rate is part of its unit.
  ["eGFR was <30 mL·min⁻¹·(1.73 m²)⁻¹ in 62 and <60 mL/min/1.73 m² or 45 ml/min per 1.73 m2 in others.", "number «30» 30 [ml/minute] < | number «62» 62 | number «60» 60 [ml/minute] < | number «45» 45 [ml/minute] ⚓ 1.73 m² ; 1.73 m² ; 1.73 m2"],
  // Grades of reperfusion are names.
  ["Reperfusion (mTICI 2b-3) was achieved in 132 patients and eTICI 2b50 in 40.", "number «132» 132 [patient] | number «40» 40 ⚓ 2b-3 ; 2b50"],
  // Coronary disease by its number of vessels is a name (三支病变).
  ["Three-vessel disease was seen in 45 patients, single-vessel and 2-vessel disease in the rest.", "number «45» 45 [patient] ⚓ 2-vessel ; Three-vessel ; single-vessel"],
  // The one year of age a change is counted in.
  ["The OR was 1.03 per 1-year increase in age.", "number «1.03» 1.03 d2 ⚓ 1-year"],
  // A karyotype by its count and sex chromosomes, and a chromosome lost before the deletion written with it: names, no negative seven.
  ["Additional abnormalities were 47,XX,+8 in 4 and 45,X,-Y in 3; −7/del(7q) was found in 5 patients.", "number «4» 4 | number «3» 3 | number «5» 5 [patient] ⚓ 47,XX,+8 ; 45,X,-Y ; -7 ; del(7q)"],
  // A hyphen after a standardized score's name is its value's minus, as `T值－2.6` is.
  ["The femoral neck T-score was -3.1±0.5 and the hip T-score -2.6±0.6; height Z-score -1.8.", "number «-3.1» -3.1 d1 | number «0.5» 0.5 d1 | number «-2.6» -2.6 d1 | number «0.6» 0.6 d1 | number «-1.8» -1.8 d1"],
  // In- and outpatients are patients.
  ["The data of 486 inpatients with DFU were analysed; 120 outpatients were also seen.", "number «486» 486 [patient] | number «120» 120 [patient]"],
  // Asymmetric errors a PDF flattened from a superscript and a subscript, in either order, are the value's, no range; a range stays one.
  ["The X-ray lag was 2.1+0.6-0.4 days and the mass 1.53-0.11+0.12 M⊙; the range 0.4-0.6 days stays a range.", "number «2.1» 2.1 d1 | number «1.53» 1.53 d2 | range «0.4-0.6 days» 0.4..0.6 [day] d1 ⚓ +0.6-0.4 ; -0.11+0.12"],
  // Three single digits or more a space apart are one number a PDF spaced out, a year among them; two are not.
  ["Data of 1 0 5 banks from 2 0 1 1 to 2 0 2 0 gave 8 3 2 observations; scores 1 2 and 3 were read.", "number «1 0 5» 105 | number «8 3 2» 832 | number «1» 1 | number «2» 2 | number «3» 3 ⚓ 2 0 1 1 to 2 0 2 0"],
  // A hyphenated percentage point is one, as `6-month` is a month.
  ["A 1-percentage-point cut raised growth by 0.42 percentage points.", "number «1» 1 [pp] | number «0.42» 0.42 [pp] d2"],
  // A preprint's number in the page chrome a PDF's text keeps is no amount.
  ["The decay time was 0.29 s. chinaXiv:202207.00123v1 (arXiv:2301.01234)", "number «0.29» 0.29 [second] d2 ⚓ chinaXiv:202207.00123v1 ; arXiv:2301.01234"],
  // The ångström is a length (not a unit per ångström).
  ["The lattice parameter was 8.32 Å and q = 0.5 Å-1.", "number «8.32» 8.32 [angstrom] d2 | number «0.5» 0.5 d1 ⚓ Å-1"],
  // Units of imaging, nuclear medicine and radiation protection: tube voltage, beam, dose, CT number, activity (a measure per kg left unread).
  ["Effective dose was 4.01±1.00 mSv at 120 kVp and 1.08 mSv at 100 kV; noise 12.6 HU; 370 MBq (10 mCi) of 131I; 6 MV photons; 3.7 MBq/kg.", "number «4.01» 4.01 [msv] d2 | number «1.00» 1 [msv] d2 | number «120» 120 [kv] | number «1.08» 1.08 [msv] d2 | number «100» 100 [kv] | number «12.6» 12.6 [hu] d1 | number «370» 370 [mbq] | number «10» 10 [mci] | number «6» 6 [megavolt] | number «3.7» 3.7 d1 ⚓ 131I"],
  // Star alleles of pharmacogenes and HLA, after the gene or as a genotype in a list: names.
  ["Twenty-four recipients were CYP3A5*1/*1, 98 were *1/*3 and 123 were *3/*3; HLA-B*58:01 was found in 12.", "number «Twenty-four» 24 | number «98» 98 | number «123» 123 | number «12» 12 ⚓ *1/*1 ; *1/*3 ; *3/*3 ; *58:01 ; CYP3A5"],
  // A power of ten scales a near end at most its mantissa however wide the range; one above it only in a change.
  ["The assay was linear from 10 to 1.0 × 10^9 IU/mL and 0.05-400.00×10^9/L; the count fell from 5.2 to 1.3×10^9/L.", "range «10 to 1.0 × 10^9 IU/mL» 10..1000000000 [iu/ml] | range «0.05-400.00×10^9» 50000000..400000000000 d-7 | number «5.2» 5200000000 d-8 | number «1.3×10^9» 1300000000 d-8"],
  // How two units convert, as a rate of one per the other: a definition.
  ["Using 5.82 copies per IU, the LoD corresponds to 50 copies/mL.", "number «50» 50 [copies/ml] ⚓ 5.82 copies per IU"],
  // Cooperative-group trials by protocol number are names; ECOG 0-1 is a performance status.
  ["Marginal doses followed RTOG 90-05, as in RTOG 0617 and NSABP B-39; ECOG 0-1 in 40.", "range «0-1» 0..1 | number «40» 40 ⚓ RTOG 90-05 ; RTOG 0617 ; NSABP B-39"],
  // All three Child-Pugh classes in a list.
  ["Six subjects each had Child-Pugh A, B and C cirrhosis.", "number «Six» 6 [patient] ⚓ A, B and C"],
  // Vitamin D metabolites by their hydroxyl locants.
  ["The 3-epi-25(OH)D3 accounted for 4.2% of total 25(OH)D; 1,25(OH)2D3 was 45 pmol/L.", "number «3» 3 | percent «4.2%» 4.2 d1 | number «45» 45 [pmol/l] ⚓ 25(OH)D3 ; 25(OH)D ; 1,25(OH)2D3"],
  // A vaccine's valency, in digits or in words: 九价, 四价.
  ["Girls received the 9-valent HPV vaccine, adults the quadrivalent or trivalent influenza vaccine.", "number «9» 9 [valent] | number «quadrivalent» 4 [valent] | number «trivalent» 3 [valent]"],
  // A span's near end takes the year written after its far end, the year before where the span crosses a new year.
  ["Cases between March 1 and April 30, 2022, and from December 5 to January 10, 2023 were analysed.", "date «March 1» 2022-3-1 | date «April 30, 2022» 2022-4-30 | date «December 5» 2022-12-5 | date «January 10, 2023» 2023-1-10"],
];

describeExtractionTable('English extraction table', 'en', rows);
