#!/usr/bin/env python3
"""Build data/actors.tsv, the claimtrace actor lexicon (format: docs/actors.md).

Python 3 standard library only. Deterministic: entries are sorted by id, aliases keep their curated order
(de-duplicated), so running the script twice gives byte-identical output.

Sources
  * The Phoenix / PETRARCH2 actor dictionaries (MIT, (c) 2014 Open Event Data Alliance), read from --cameo:
      Phoenix.International.actors.txt  IGO / NGO codes (IGOUNO, IGOWSTNAT, IGOEUREEC, NGOHLHIRC ...)
      Phoenix.MilNonState.actors.txt    codes of armed non-state groups (Hamas PSEREBHMS, Taliban AFGREB ...)
      Phoenix.Countries.actors.txt      official long-form country names ("Republic of Korea" -> KOR ...)
      Phoenix.agents.txt                agent nouns: used to cross-check the curated agent table
    Phoenix stops around 2014-2016 and is upper-cased with '_' for spaces, so it only seeds codes and name
    variants; everything else is curated by hand below (facts as of 2025).
  * The hand-curated tables in this script, and optionally data/actors-curated.tsv (same 10/11-column
    format as the output; merged over the derived entries by id, so it can override any entry).
  CountryInfo.120116.txt is deliberately NOT read (no licence stated).

Usage
  python3 train/build_actor_lexicon.py [--cameo ../shared/data/cameo] [--curated data/actors-curated.tsv]
                                       [--out data/actors.tsv]
"""

import argparse
import os
import re
import sys
import unicodedata

HEADER = "claimtrace-actors 1"
KINDS = ("country", "adjective", "capital", "seat", "city", "region", "igo", "ngo", "org", "person", "agent")
TYPES = ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC", "-")
SECTORS = ("GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED", "BUS", "JUD", "LEG", "SPY", "REF", "LAB", "EDU",
           "HLH", "CRM", "IGO", "NGO", "INS", "RAD", "ELI", "PTY", "AGR", "ENV", "HRI", "UAF", "SEP", "IMG")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")

# ----------------------------------------------------------------------------------------------------------
# 1. Countries and territories: ISO3;Name;more aliases;adjectives/demonyms;capital/capital aliases
#    Lists are '/'-separated. The Name is always an alias. Empty capital: none, same as the country name
#    (city-states), or ambiguous (a common word / person name / another famous place).
# ----------------------------------------------------------------------------------------------------------
COUNTRIES = r"""
AFG;Afghanistan;;Afghan/Afghanistani;Kabul
ALA;Aland Islands;Åland Islands/Åland;Alandic;
ALB;Albania;;Albanian;Tirana/Tirane
DZA;Algeria;;Algerian;Algiers
ASM;American Samoa;;American Samoan;Pago Pago
AND;Andorra;;Andorran;Andorra la Vella
AGO;Angola;;Angolan;Luanda
AIA;Anguilla;;Anguillan;
ATA;Antarctica;;Antarctic;
ATG;Antigua and Barbuda;Antigua & Barbuda/Antigua;Antiguan/Barbudan;St. John's
ARG;Argentina;Argentine Republic;Argentine/Argentinian/Argentinean;Buenos Aires
ARM;Armenia;;Armenian;Yerevan
ABW;Aruba;;Aruban;Oranjestad
AUS;Australia;Commonwealth of Australia;Australian/Aussie;Canberra
AUT;Austria;;Austrian;Vienna
AZE;Azerbaijan;;Azerbaijani/Azeri;Baku
BHS;Bahamas;The Bahamas;Bahamian;Nassau
BHR;Bahrain;Kingdom of Bahrain;Bahraini;Manama
BGD;Bangladesh;;Bangladeshi;Dhaka/Dacca
BRB;Barbados;;Barbadian/Bajan;Bridgetown
BLR;Belarus;Byelorussia/Belorussia;Belarusian/Belarusan/Byelorussian;Minsk
BEL;Belgium;;Belgian;Brussels
BLZ;Belize;;Belizean;Belmopan
BEN;Benin;;Beninese/Beninois;Porto-Novo/Porto Novo
BMU;Bermuda;;Bermudian/Bermudan;
BTN;Bhutan;;Bhutanese;Thimphu
BOL;Bolivia;Plurinational State of Bolivia;Bolivian;La Paz
BES;Caribbean Netherlands;Bonaire, Sint Eustatius and Saba/Bonaire/Sint Eustatius;;
BIH;Bosnia and Herzegovina;Bosnia-Herzegovina/Bosnia & Herzegovina/Bosnia;Bosnian/Herzegovinian;Sarajevo
BWA;Botswana;;Botswanan/Motswana/Batswana;Gaborone
BVT;Bouvet Island;;;
BRA;Brazil;Brasil/Federative Republic of Brazil;Brazilian;Brasilia/Brasília
IOT;British Indian Ocean Territory;Chagos Islands/Chagos Archipelago/Diego Garcia;Chagossian;
VGB;British Virgin Islands;;;Road Town
BRN;Brunei;Brunei Darussalam;Bruneian;Bandar Seri Begawan
BGR;Bulgaria;;Bulgarian;Sofia
BFA;Burkina Faso;;Burkinabe/Burkinabè;Ouagadougou
BDI;Burundi;;Burundian;Gitega/Bujumbura
CPV;Cabo Verde;Cape Verde;Cape Verdean/Cabo Verdean;Praia
KHM;Cambodia;Kampuchea;Cambodian/Khmer;Phnom Penh
CMR;Cameroon;;Cameroonian;Yaounde/Yaoundé
CAN;Canada;;Canadian;Ottawa
CYM;Cayman Islands;;Caymanian;
CAF;Central African Republic;;Central African;Bangui
TCD;Chad;;Chadian;N'Djamena/Ndjamena
CHL;Chile;;Chilean;Santiago
CHN;China;People's Republic of China/PRC/P.R.C./Mainland China/PR China;Chinese;Beijing/Peking
CXR;Christmas Island;;;Flying Fish Cove
CCK;Cocos (Keeling) Islands;Cocos Islands/Keeling Islands;;
COL;Colombia;;Colombian;Bogota/Bogotá
COM;Comoros;Union of the Comoros;Comoran/Comorian;Moroni
COG;Republic of the Congo;Republic of Congo/Congo-Brazzaville/Congo Brazzaville/Congo Republic;;Brazzaville
COD;Democratic Republic of the Congo;Democratic Republic of Congo/DR Congo/DRC/D.R.C./DR of Congo/Congo-Kinshasa/Congo;Congolese;Kinshasa
COK;Cook Islands;;Cook Islander;Avarua
CRI;Costa Rica;;Costa Rican;
CIV;Cote d'Ivoire;Côte d'Ivoire/Ivory Coast/Cote D'Ivoire;Ivorian/Ivoirian;Yamoussoukro/Abidjan
HRV;Croatia;;Croatian/Croat;Zagreb
CUB;Cuba;;Cuban;Havana
CUW;Curacao;Curaçao;Curacaoan;Willemstad
CYP;Cyprus;Republic of Cyprus;Cypriot/Greek Cypriot;Nicosia
CZE;Czechia;Czech Republic;Czech;Prague
DNK;Denmark;;Danish/Danes;Copenhagen
DJI;Djibouti;;Djiboutian;
DMA;Dominica;Commonwealth of Dominica;Dominican;Roseau
DOM;Dominican Republic;;;Santo Domingo
ECU;Ecuador;;Ecuadorian/Ecuadorean;Quito
EGY;Egypt;Arab Republic of Egypt;Egyptian;Cairo
SLV;El Salvador;;Salvadoran/Salvadorean;San Salvador
GNQ;Equatorial Guinea;;Equatorial Guinean/Equatoguinean;Malabo
ERI;Eritrea;;Eritrean;Asmara
EST;Estonia;;Estonian;Tallinn
SWZ;Eswatini;Swaziland;Swazi/Emaswati;Mbabane/Lobamba
ETH;Ethiopia;;Ethiopian;Addis Ababa
FLK;Falkland Islands;Falklands/Islas Malvinas/Malvinas;Falkland Islander;
FRO;Faroe Islands;Faroes/Faeroe Islands;Faroese;Torshavn/Tórshavn
FJI;Fiji;;Fijian;Suva
FIN;Finland;;Finnish/Finns;Helsinki
FRA;France;French Republic;French/Frenchman/Frenchmen;Paris
GUF;French Guiana;;French Guianese;Cayenne
PYF;French Polynesia;Tahiti;French Polynesian/Tahitian;Papeete
ATF;French Southern and Antarctic Lands;French Southern Territories;;
GAB;Gabon;;Gabonese;Libreville
GMB;Gambia;The Gambia;Gambian;Banjul
GEO;Georgia;;Georgian;Tbilisi
DEU;Germany;Federal Republic of Germany;German;Berlin
GHA;Ghana;;Ghanaian;Accra
GIB;Gibraltar;;Gibraltarian;
GRC;Greece;Hellenic Republic;Greek/Hellenic;Athens
GRL;Greenland;;Greenlandic/Greenlander;Nuuk
GRD;Grenada;;Grenadian;
GLP;Guadeloupe;;Guadeloupean;Basse-Terre
GUM;Guam;;Guamanian;Hagatna/Hagåtña
GTM;Guatemala;;Guatemalan;Guatemala City
GGY;Guernsey;;;St Peter Port
GIN;Guinea;Republic of Guinea/Guinea-Conakry;Guinean;Conakry
GNB;Guinea-Bissau;Guinea Bissau;Bissau-Guinean;Bissau
GUY;Guyana;;Guyanese;
HTI;Haiti;;Haitian;Port-au-Prince/Port au Prince
HMD;Heard Island and McDonald Islands;;;
VAT;Holy See;Vatican/Vatican City/Vatican City State;;
HND;Honduras;;Honduran;Tegucigalpa
HKG;Hong Kong;Hong Kong SAR;Hong Konger/Hongkonger;
HUN;Hungary;;Hungarian;Budapest
ISL;Iceland;;Icelandic/Icelander;Reykjavik/Reykjavík
IND;India;Republic of India/Bharat;Indian;New Delhi
IDN;Indonesia;;Indonesian;Jakarta
IRN;Iran;Islamic Republic of Iran;Iranian;Tehran/Teheran
IRQ;Iraq;Republic of Iraq;Iraqi;Baghdad
IRL;Ireland;Republic of Ireland/Irish Republic/Eire;Irish;Dublin
IMN;Isle of Man;;Manx;
ISR;Israel;State of Israel;Israeli;
ITA;Italy;Italian Republic;Italian;Rome
JAM;Jamaica;;Jamaican;
JPN;Japan;;Japanese;Tokyo
JEY;Jersey;Bailiwick of Jersey;;Saint Helier/St Helier
JOR;Jordan;Hashemite Kingdom of Jordan;Jordanian;Amman
KAZ;Kazakhstan;;Kazakh/Kazakhstani;Astana
KEN;Kenya;;Kenyan;Nairobi
KIR;Kiribati;;I-Kiribati;Tarawa
PRK;North Korea;Democratic People's Republic of Korea/DPRK/D.P.R.K./N. Korea;North Korean;Pyongyang
KOR;South Korea;Republic of Korea/ROK/R.O.K./S. Korea;South Korean;Seoul
XKX;Kosovo;Republic of Kosovo;Kosovar/Kosovan;Pristina/Prishtina
KWT;Kuwait;State of Kuwait;Kuwaiti;Kuwait City
KGZ;Kyrgyzstan;Kyrgyz Republic/Kirghizia;Kyrgyz/Kyrgyzstani;Bishkek
LAO;Laos;Lao PDR/Lao People's Democratic Republic;Laotian/Lao;Vientiane
LVA;Latvia;;Latvian;Riga
LBN;Lebanon;;Lebanese;Beirut
LSO;Lesotho;;Basotho/Mosotho;Maseru
LBR;Liberia;;Liberian;Monrovia
LBY;Libya;;Libyan;Tripoli
LIE;Liechtenstein;;Liechtensteiner;Vaduz
LTU;Lithuania;;Lithuanian;Vilnius
LUX;Luxembourg;Grand Duchy of Luxembourg;Luxembourgish/Luxembourger;
MAC;Macao;Macau/Macao SAR/Macau SAR;Macanese;
MDG;Madagascar;;Malagasy;Antananarivo
MWI;Malawi;;Malawian;Lilongwe
MYS;Malaysia;;Malaysian;Kuala Lumpur/Putrajaya
MDV;Maldives;;Maldivian;
MLI;Mali;;Malian;Bamako
MLT;Malta;;Maltese;Valletta
MHL;Marshall Islands;;Marshallese;Majuro
MTQ;Martinique;;Martinican;Fort-de-France
MRT;Mauritania;;Mauritanian;Nouakchott
MUS;Mauritius;;Mauritian;Port Louis
MYT;Mayotte;;Mahoran;Mamoudzou
MEX;Mexico;United Mexican States;Mexican;Mexico City
FSM;Micronesia;Federated States of Micronesia;Micronesian;Palikir
MDA;Moldova;Republic of Moldova;Moldovan;Chisinau/Chișinău
MCO;Monaco;;Monegasque/Monacan;
MNG;Mongolia;;Mongolian;Ulaanbaatar/Ulan Bator
MNE;Montenegro;;Montenegrin;Podgorica
MSR;Montserrat;;Montserratian;
MAR;Morocco;Kingdom of Morocco;Moroccan;Rabat
MOZ;Mozambique;;Mozambican;Maputo
MMR;Myanmar;Burma;Myanmar's/Burmese;Naypyidaw/Naypyitaw/Nay Pyi Taw
NAM;Namibia;;Namibian;Windhoek
NRU;Nauru;;Nauruan;
NPL;Nepal;;Nepali/Nepalese;Kathmandu
NLD;Netherlands;The Netherlands/Kingdom of the Netherlands;Dutch;Amsterdam
NCL;New Caledonia;;New Caledonian;Noumea/Nouméa
NZL;New Zealand;Aotearoa;New Zealander/New Zealanders;Wellington
NIC;Nicaragua;;Nicaraguan;Managua
NER;Niger;;Nigerien;Niamey
NGA;Nigeria;;Nigerian;Abuja
NIU;Niue;;Niuean;Alofi
NFK;Norfolk Island;;;
MKD;North Macedonia;Macedonia/Republic of North Macedonia/FYROM;North Macedonian/Macedonian;Skopje
MNP;Northern Mariana Islands;Northern Marianas/Saipan;;
NOR;Norway;;Norwegian;Oslo
OMN;Oman;Sultanate of Oman;Omani;Muscat
PAK;Pakistan;Islamic Republic of Pakistan;Pakistani;Islamabad
PLW;Palau;;Palauan;Ngerulmud
PSE;Palestine;State of Palestine/Palestinian territories/Occupied Palestinian Territories/Palestinian Territories;Palestinian;Ramallah
PAN;Panama;;Panamanian;Panama City
PNG;Papua New Guinea;;Papua New Guinean;Port Moresby
PRY;Paraguay;;Paraguayan;Asuncion/Asunción
PER;Peru;;Peruvian;Lima
PHL;Philippines;The Philippines;Filipino/Philippine/Filipina/Filipinos;Manila
PCN;Pitcairn Islands;Pitcairn;Pitcairn Islander;Adamstown
POL;Poland;;Polish/Poles;Warsaw
PRT;Portugal;;Portuguese;Lisbon
PRI;Puerto Rico;;Puerto Rican;San Juan
QAT;Qatar;State of Qatar;Qatari;Doha
REU;Réunion;La Reunion/La Réunion/Reunion Island/Réunion Island;Reunionese;
ROU;Romania;Rumania;Romanian;Bucharest
RUS;Russia;Russian Federation;Russian;Moscow
RWA;Rwanda;;Rwandan;Kigali
BLM;Saint Barthelemy;Saint Barthélemy/St Barts/St. Barts;;Gustavia
SHN;Saint Helena, Ascension and Tristan da Cunha;Saint Helena/St Helena/Ascension Island/Tristan da Cunha;Saint Helenian;
KNA;Saint Kitts and Nevis;St Kitts and Nevis/St. Kitts and Nevis/Saint Kitts & Nevis;Kittitian/Nevisian;Basseterre
LCA;Saint Lucia;St Lucia/St. Lucia;Saint Lucian;Castries
MAF;Saint Martin;Saint-Martin/St Martin;;Marigot
SPM;Saint Pierre and Miquelon;St Pierre and Miquelon;;
VCT;Saint Vincent and the Grenadines;St Vincent and the Grenadines/St. Vincent and the Grenadines/Saint Vincent;Vincentian;Kingstown
WSM;Samoa;Independent State of Samoa;Samoan;Apia
SMR;San Marino;;Sammarinese;
STP;Sao Tome and Principe;São Tomé and Príncipe/Sao Tome & Principe;Santomean;Sao Tome/São Tomé
SAU;Saudi Arabia;Kingdom of Saudi Arabia/KSA;Saudi/Saudi Arabian;Riyadh
SEN;Senegal;;Senegalese;Dakar
SRB;Serbia;;Serbian/Serb/Serbs;Belgrade
SYC;Seychelles;;Seychellois;
SLE;Sierra Leone;;Sierra Leonean;Freetown
SGP;Singapore;Republic of Singapore;Singaporean;
SXM;Sint Maarten;;;Philipsburg
SVK;Slovakia;Slovak Republic;Slovak/Slovakian;Bratislava
SVN;Slovenia;;Slovenian/Slovene;Ljubljana
SLB;Solomon Islands;;Solomon Islander;Honiara
SOM;Somalia;Federal Republic of Somalia;Somali;Mogadishu
ZAF;South Africa;Republic of South Africa;South African;Pretoria
SGS;South Georgia and the South Sandwich Islands;South Georgia;;
SSD;South Sudan;Republic of South Sudan;South Sudanese;Juba
ESP;Spain;Kingdom of Spain;Spanish/Spaniard/Spaniards;Madrid
LKA;Sri Lanka;Ceylon;Sri Lankan;Colombo/Sri Jayawardenepura Kotte
SDN;Sudan;Republic of the Sudan;Sudanese;Khartoum/Port Sudan
SUR;Suriname;Surinam;Surinamese;Paramaribo
SJM;Svalbard and Jan Mayen;Svalbard/Jan Mayen;;Longyearbyen
SWE;Sweden;;Swedish/Swedes;Stockholm
CHE;Switzerland;Swiss Confederation;Swiss;Bern/Berne
SYR;Syria;Syrian Arab Republic;Syrian;Damascus
TWN;Taiwan;Republic of China/ROC/R.O.C./Chinese Taipei;Taiwanese;Taipei
TJK;Tajikistan;;Tajik/Tajikistani;Dushanbe
TZA;Tanzania;United Republic of Tanzania;Tanzanian;Dodoma/Dar es Salaam
THA;Thailand;Kingdom of Thailand/Siam;Thai;Bangkok
TLS;Timor-Leste;East Timor/Timor Leste;Timorese/East Timorese;Dili
TGO;Togo;Togolese Republic;Togolese;Lome/Lomé
TKL;Tokelau;;Tokelauan;
TON;Tonga;;Tongan;Nuku'alofa
TTO;Trinidad and Tobago;Trinidad & Tobago/Trinidad;Trinidadian/Tobagonian;Port of Spain/Port-of-Spain
TUN;Tunisia;;Tunisian;Tunis
TUR;Turkey;Türkiye/Turkiye/Republic of Turkey;Turkish;Ankara
TKM;Turkmenistan;;Turkmen;Ashgabat/Ashkhabad
TCA;Turks and Caicos Islands;Turks and Caicos/Turks & Caicos;;Cockburn Town
TUV;Tuvalu;;Tuvaluan;Funafuti
UGA;Uganda;;Ugandan;Kampala
UKR;Ukraine;;Ukrainian;Kyiv/Kiev
ARE;United Arab Emirates;UAE/U.A.E./Emirates;Emirati;Abu Dhabi
GBR;United Kingdom;UK/U.K./Britain/Great Britain/United Kingdom of Great Britain and Northern Ireland;British/Briton/Britons/Brit/Brits;London
USA;United States;U.S./US/USA/U.S.A./United States of America/America;American/Americans;Washington/Washington, D.C./Washington DC/Washington D.C.
UMI;United States Minor Outlying Islands;U.S. Minor Outlying Islands;;
VIR;U.S. Virgin Islands;US Virgin Islands/United States Virgin Islands;;Charlotte Amalie
URY;Uruguay;;Uruguayan;Montevideo
UZB;Uzbekistan;;Uzbek/Uzbekistani;Tashkent
VUT;Vanuatu;;Ni-Vanuatu;Port Vila
VEN;Venezuela;Bolivarian Republic of Venezuela;Venezuelan;Caracas
VNM;Vietnam;Viet Nam/Socialist Republic of Vietnam;Vietnamese;Hanoi
WLF;Wallis and Futuna;;Wallisian/Futunan;Mata-Utu
ESH;Western Sahara;Sahrawi Arab Democratic Republic/Sahrawi Republic;Sahrawi/Saharawi;Laayoune/El Aaiun
YEM;Yemen;Republic of Yemen;Yemeni;Sanaa/Sana'a
ZMB;Zambia;;Zambian;Lusaka
ZWE;Zimbabwe;;Zimbabwean;Harare
"""

# Adjective forms above that are really plural nouns or ambiguous are fine as NORP; "Myanmar's" is removed below.
# Notes on deliberate omissions (precision first):
#   capitals not listed: San Jose (CRI; also California), Kingston (JAM; also Ontario / London borough),
#     Georgetown (GUY; also Washington / university), Male (MDV; common word), Victoria (SYC; person name),
#     Hamilton (BMU; person name), Saint George's, Castries kept; Jerusalem is listed as a city (status disputed).
#   "Korea"/"Korean" alone are ambiguous between PRK and KOR and are not listed.
#   "Congo" alone is given to COD (the usage of Reuters/AP); "Congolese" likewise.
#   "Dominican" is given to DMA only as the demonym of Dominica? No: it is far more often the Dominican
#     Republic in news, so it is moved to DOM below.

ADJ_OVERRIDES = {
    # iso -> replacement adjective list
    "MMR": ["Burmese"],
    "DMA": [],
    "DOM": ["Dominican"],
    "USA": ["American"],
}
# Extra plural demonyms (NORP nouns) that read as the country's people.
EXTRA_ADJ = {
    "USA": ["Americans"], "GBR": [], "CHN": [], "ISR": ["Israelis"], "PSE": ["Palestinians"],
    "UKR": ["Ukrainians"], "RUS": ["Russians"], "IRN": ["Iranians"], "AFG": ["Afghans"],
    "SYR": ["Syrians"], "IRQ": ["Iraqis"], "KUR": [],
}

CAPITAL_NOTES = {
    "PSE": "Ramallah: administrative seat of the Palestinian Authority (not a capital de jure).",
    "BOL": "La Paz: seat of government (Sucre is the constitutional capital; not listed).",
    "NLD": "Amsterdam: constitutional capital; The Hague (seat of government, ICJ/ICC) is a city entry.",
    "CIV": "Yamoussoukro: official capital; Abidjan: seat of most government institutions.",
    "BDI": "Gitega: political capital since 2019; Bujumbura: economic capital and former seat.",
    "TZA": "Dodoma: official capital; Dar es Salaam: former capital, still hosts many ministries.",
    "SDN": "Port Sudan: wartime seat of the army-led government since 2023.",
    "MYS": "Putrajaya: administrative seat.",
    "LKA": "Sri Jayawardenepura Kotte: legislative capital; Colombo: executive seat.",
    "USA": "Washington: the capital used as a metonym for the U.S. government.",
}

# Official long-form names are also taken from Phoenix.Countries.actors.txt when they start with one of these
# prefixes (Phoenix writes them upper-case with '_'; they are re-cased here).
LONG_FORM_PREFIXES = (
    "REPUBLIC OF ", "KINGDOM OF ", "PEOPLE'S REPUBLIC OF ", "PEOPLES REPUBLIC OF ", "DEMOCRATIC REPUBLIC OF ",
    "FEDERAL REPUBLIC OF ", "ISLAMIC REPUBLIC OF ", "UNITED REPUBLIC OF ", "STATE OF ", "SULTANATE OF ",
    "PRINCIPALITY OF ", "COMMONWEALTH OF ", "FEDERATION OF ", "GRAND DUCHY OF ", "HASHEMITE KINGDOM OF ",
    "SOCIALIST REPUBLIC OF ", "ARAB REPUBLIC OF ", "FEDERAL DEMOCRATIC REPUBLIC OF ", "ORIENTAL REPUBLIC OF ",
    "BOLIVARIAN REPUBLIC OF ", "DEMOCRATIC SOCIALIST REPUBLIC OF ", "PEOPLE'S DEMOCRATIC REPUBLIC OF ",
)
# Phoenix long forms that are historical and now mean something else, or are ambiguous: never taken.
LONG_FORM_BLOCK = {
    "REPUBLIC OF CHINA",            # = Taiwan (curated explicitly under TWN)
    "REPUBLIC OF KOREA", "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",  # curated explicitly
    "REPUBLIC OF THE CONGO", "REPUBLIC OF CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO",
    "DEMOCRATIC REPUBLIC OF CONGO",
    "PEOPLE'S REPUBLIC OF CONGO", "PEOPLES REPUBLIC OF CONGO",
    "REPUBLIC OF MACEDONIA", "STATE OF PALESTINE", "REPUBLIC OF GEORGIA",
    "FEDERAL REPUBLIC OF YUGOSLAVIA", "SOCIALIST FEDERAL REPUBLIC OF YUGOSLAVIA",
    "PEOPLE'S DEMOCRATIC REPUBLIC OF YEMEN", "PEOPLES DEMOCRATIC REPUBLIC OF YEMEN",
    "DEMOCRATIC REPUBLIC OF VIETNAM", "REPUBLIC OF VIETNAM", "STATE OF VIETNAM",
    "DEMOCRATIC REPUBLIC OF GERMANY", "GERMAN DEMOCRATIC REPUBLIC", "KINGDOM OF ENGLAND",
    "REPUBLIC OF IRELAND", "REPUBLIC OF SOUTH AFRICA", "FEDERATION OF RHODESIA AND NYASALAND",
    "STATE OF ISRAEL", "REPUBLIC OF TEXAS", "STATE OF KUWAIT",
    # misspellings or names filed under the wrong country in Phoenix
    "REPUBLIC OF COLUMBIA", "REPUBLIC OF DOMINICA", "REPUBLIC OF COREA", "PEOPLES REPUBLIC OF KOREA",
    "PEOPLE'S DEMOCRATIC REPUBLIC OF KOREA",
}
# Phoenix country codes that are not ISO 3166 alpha-3.
PHOENIX_TO_ISO = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}
SMALL_WORDS = {"of", "the", "and", "da", "de", "del", "la", "y"}

# ----------------------------------------------------------------------------------------------------------
# 2. Seats of power (metonyms) and government bodies with their own names.
#    id;code;country;sector;type;name;aliases
# ----------------------------------------------------------------------------------------------------------
SEATS = r"""
RUS.seat.kremlin;RUSGOV;RUS;GOV;ORG;the Kremlin;Kremlin
USA.seat.whitehouse;USAGOV;USA;GOV;ORG;the White House;White House
USA.seat.pentagon;USAMIL;USA;MIL;ORG;the Pentagon;Pentagon
USA.seat.statedept;USAGOV;USA;GOV;ORG;U.S. Department of State;State Department|U.S. State Department|US State Department|Department of State
USA.seat.capitolhill;USALEG;USA;LEG;ORG;Capitol Hill;Capitol Hill
USA.seat.congress;USALEG;USA;LEG;ORG;U.S. Congress;U.S. Congress|US Congress|United States Congress
USA.seat.senate;USALEG;USA;LEG;ORG;U.S. Senate;U.S. Senate|US Senate|United States Senate
USA.seat.house;USALEG;USA;LEG;ORG;U.S. House of Representatives;U.S. House of Representatives|US House of Representatives|U.S. House|US House
GBR.seat.downingstreet;GBRGOV;GBR;GOV;ORG;Downing Street;Downing Street|10 Downing Street
GBR.seat.whitehall;GBRGOV;GBR;GOV;ORG;Whitehall;Whitehall
GBR.seat.westminster;GBRLEG;GBR;LEG;ORG;Westminster;Westminster
FRA.seat.elysee;FRAGOV;FRA;GOV;ORG;the Elysee Palace;Elysee|Élysée|Elysee Palace|Élysée Palace|Elysée
FRA.seat.quaidorsay;FRAGOV;FRA;GOV;ORG;Quai d'Orsay;Quai d'Orsay
FRA.seat.matignon;FRAGOV;FRA;GOV;ORG;Hotel Matignon;Matignon|Hotel Matignon|Hôtel Matignon
CHN.seat.zhongnanhai;CHNGOV;CHN;GOV;ORG;Zhongnanhai;Zhongnanhai
UKR.seat.bankova;UKRGOV;UKR;GOV;ORG;Bankova;Bankova
KOR.seat.bluehouse;KORGOV;KOR;GOV;ORG;the Blue House;Blue House|Cheong Wa Dae
DEU.seat.chancellery;DEUGOV;DEU;GOV;ORG;the Chancellery (Berlin);Kanzleramt|Bundeskanzleramt
JPN.seat.kantei;JPNGOV;JPN;GOV;ORG;Kantei;Kantei
IND.seat.southblock;INDGOV;IND;GOV;ORG;South Block;South Block
TUR.seat.presidency;TURGOV;TUR;GOV;ORG;Turkish Presidential Complex;Bestepe|Beştepe
"""

# Named national organisations (kind org, type ORG).  id;code;country;sector;name;aliases
NATIONAL_ORGS = r"""
PSE.org.pa;PSEGOV;PSE;GOV;Palestinian Authority;Palestinian Authority|Palestinian National Authority
DEU.org.bundestag;DEULEG;DEU;LEG;Bundestag;Bundestag
ISR.org.knesset;ISRLEG;ISR;LEG;Knesset;Knesset
RUS.org.duma;RUSLEG;RUS;LEG;State Duma;State Duma|Duma
CHN.org.npc;CHNLEG;CHN;LEG;National People's Congress;National People's Congress
UKR.org.rada;UKRLEG;UKR;LEG;Verkhovna Rada;Verkhovna Rada
CHN.org.chinadaily;CHNMED;CHN;MED;China Daily;China Daily
CHN.org.cctv;CHNMED;CHN;MED;China Central Television;CCTV|China Central Television|CGTN
HKG.org.scmp;HKGMED;HKG;MED;South China Morning Post;South China Morning Post|SCMP
RUS.org.moscowtimes;RUSMED;RUS;MED;The Moscow Times;Moscow Times
UKR.org.kyivindependent;UKRMED;UKR;MED;The Kyiv Independent;Kyiv Independent
UKR.org.kyivpost;UKRMED;UKR;MED;Kyiv Post;Kyiv Post
ISR.org.timesofisrael;ISRMED;ISR;MED;The Times of Israel;Times of Israel
ISR.org.jpost;ISRMED;ISR;MED;The Jerusalem Post;Jerusalem Post
ISR.org.haaretz;ISRMED;ISR;MED;Haaretz;Haaretz
IRN.org.tehrantimes;IRNMED;IRN;MED;Tehran Times;Tehran Times
IRN.org.tasnim;IRNMED;IRN;MED;Tasnim News Agency;Tasnim
USA.org.nyt;USAMED;USA;MED;The New York Times;New York Times
USA.org.wapo;USAMED;USA;MED;The Washington Post;Washington Post
USA.org.wsj;USAMED;USA;MED;The Wall Street Journal;Wall Street Journal
CHN.org.mfa;CHNGOV;CHN;GOV;Ministry of Foreign Affairs of China;Chinese Foreign Ministry|China's Foreign Ministry|Chinese Ministry of Foreign Affairs
CHN.org.mnd;CHNMIL;CHN;MIL;Ministry of National Defense of China;Chinese Defense Ministry|Chinese Defence Ministry|China's Defense Ministry|China's Defence Ministry
CHN.org.pla;CHNMIL;CHN;MIL;People's Liberation Army;People's Liberation Army|PLA|PLA Navy|PLA Air Force|PLA Rocket Force
CHN.org.ccp;CHNGOV;CHN;GOV;Chinese Communist Party;Chinese Communist Party|Communist Party of China|CCP
CHN.org.mss;CHNSPY;CHN;SPY;Ministry of State Security;Ministry of State Security|MSS
CHN.org.coastguard;CHNMIL;CHN;MIL;China Coast Guard;China Coast Guard|Chinese coast guard|Chinese Coast Guard
CHN.org.taiwanaffairs;CHNGOV;CHN;GOV;Taiwan Affairs Office;Taiwan Affairs Office
CHN.org.xinhua;CHNMED;CHN;MED;Xinhua News Agency;Xinhua|Xinhua News Agency
CHN.org.globaltimes;CHNMED;CHN;MED;Global Times;Global Times
RUS.org.mfa;RUSGOV;RUS;GOV;Ministry of Foreign Affairs of Russia;Russian Foreign Ministry|Russia's Foreign Ministry|Russian Ministry of Foreign Affairs
RUS.org.mod;RUSMIL;RUS;MIL;Ministry of Defence of Russia;Russian Defence Ministry|Russian Defense Ministry|Russia's Defence Ministry|Russia's Defense Ministry|Russian Ministry of Defence|Russian Ministry of Defense
RUS.org.fsb;RUSSPY;RUS;SPY;Federal Security Service;Federal Security Service|FSB
RUS.org.svr;RUSSPY;RUS;SPY;Foreign Intelligence Service of Russia;SVR|Russian Foreign Intelligence Service
RUS.org.gru;RUSSPY;RUS;SPY;GRU (Russian military intelligence);GRU
RUS.org.rosgvardia;RUSCOP;RUS;COP;National Guard of Russia;Rosgvardia|Rosgvardiya
RUS.org.tass;RUSMED;RUS;MED;TASS;TASS
RUS.org.ria;RUSMED;RUS;MED;RIA Novosti;RIA Novosti
RUS.org.securitycouncil;RUSGOV;RUS;GOV;Security Council of Russia;Russian Security Council|Security Council of Russia
UKR.org.mfa;UKRGOV;UKR;GOV;Ministry of Foreign Affairs of Ukraine;Ukrainian Foreign Ministry|Ukraine's Foreign Ministry|Ukrainian Ministry of Foreign Affairs
UKR.org.mod;UKRMIL;UKR;MIL;Ministry of Defence of Ukraine;Ukrainian Defence Ministry|Ukrainian Defense Ministry|Ukraine's Defence Ministry|Ukraine's Defense Ministry
UKR.org.genstaff;UKRMIL;UKR;MIL;General Staff of the Armed Forces of Ukraine;Ukrainian General Staff|General Staff of the Armed Forces of Ukraine
UKR.org.sbu;UKRSPY;UKR;SPY;Security Service of Ukraine;SBU|Security Service of Ukraine
UKR.org.hur;UKRSPY;UKR;SPY;Main Directorate of Intelligence of Ukraine;HUR|GUR|Ukrainian military intelligence
UKR.org.ukrinform;UKRMED;UKR;MED;Ukrinform;Ukrinform
USA.org.dod;USAMIL;USA;MIL;U.S. Department of Defense;Department of Defense|U.S. Department of Defense|Defense Department|Department of War|War Department
USA.org.cia;USASPY;USA;SPY;Central Intelligence Agency;CIA|Central Intelligence Agency
USA.org.fbi;USACOP;USA;COP;Federal Bureau of Investigation;FBI|Federal Bureau of Investigation
USA.org.nsa;USASPY;USA;SPY;National Security Agency;National Security Agency
USA.org.treasury;USAGOV;USA;GOV;U.S. Treasury Department;U.S. Treasury|US Treasury|Treasury Department
USA.org.centcom;USAMIL;USA;MIL;U.S. Central Command;CENTCOM|U.S. Central Command|US Central Command
USA.org.supremecourt;USAJUD;USA;JUD;Supreme Court of the United States;U.S. Supreme Court|US Supreme Court|Supreme Court of the United States
GBR.org.fcdo;GBRGOV;GBR;GOV;Foreign, Commonwealth and Development Office;Foreign, Commonwealth and Development Office|FCDO|British Foreign Office|UK Foreign Office
GBR.org.mod;GBRMIL;GBR;MIL;Ministry of Defence (UK);British Ministry of Defence|UK Ministry of Defence|British Defence Ministry
GBR.org.mi6;GBRSPY;GBR;SPY;Secret Intelligence Service (MI6);MI6|Secret Intelligence Service
GBR.org.mi5;GBRSPY;GBR;SPY;Security Service (MI5);MI5
GBR.org.bbc;GBRMED;GBR;MED;BBC;BBC
ISR.org.idf;ISRMIL;ISR;MIL;Israel Defense Forces;Israel Defense Forces|Israel Defence Forces|IDF|Israeli Defense Forces
ISR.org.mossad;ISRSPY;ISR;SPY;Mossad;Mossad
ISR.org.shinbet;ISRSPY;ISR;SPY;Shin Bet;Shin Bet|Shabak
IRN.org.irgc;IRNMIL;IRN;MIL;Islamic Revolutionary Guard Corps;Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard|Quds Force
IRN.org.irna;IRNMED;IRN;MED;Islamic Republic News Agency;IRNA
PRK.org.kpa;PRKMIL;PRK;MIL;Korean People's Army;Korean People's Army|KPA
PRK.org.wpk;PRKGOV;PRK;GOV;Workers' Party of Korea;Workers' Party of Korea
PRK.org.kcna;PRKMED;PRK;MED;Korean Central News Agency;KCNA|Korean Central News Agency
KOR.org.jcs;KORMIL;KOR;MIL;Joint Chiefs of Staff (South Korea);South Korean Joint Chiefs of Staff
KOR.org.yonhap;KORMED;KOR;MED;Yonhap News Agency;Yonhap
JPN.org.sdf;JPNMIL;JPN;MIL;Japan Self-Defense Forces;Self-Defense Forces|Self-Defence Forces|JSDF|Japan Self-Defense Forces
JPN.org.kyodo;JPNMED;JPN;MED;Kyodo News;Kyodo|Kyodo News
TWN.org.mnd;TWNMIL;TWN;MIL;Ministry of National Defense (Taiwan);Taiwanese Defense Ministry|Taiwan's Defense Ministry|Taiwan's Defence Ministry
IND.org.mea;INDGOV;IND;GOV;Ministry of External Affairs (India);Ministry of External Affairs|MEA|Indian Foreign Ministry
PAK.org.isi;PAKSPY;PAK;SPY;Inter-Services Intelligence;Inter-Services Intelligence|ISI
DEU.org.bundeswehr;DEUMIL;DEU;MIL;Bundeswehr;Bundeswehr
FRA.org.afp;FRAMED;FRA;MED;Agence France-Presse;AFP|Agence France-Presse
GBR.org.reuters;GBRMED;GBR;MED;Reuters;Reuters
USA.org.ap;USAMED;USA;MED;Associated Press;Associated Press
QAT.org.aljazeera;QATMED;QAT;MED;Al Jazeera;Al Jazeera|Al-Jazeera
"""

# Cities and regions (kind city / region).  id;kind;country;type;name;aliases
PLACES = r"""
UKR.region.donetsk;region;UKR;GPE;Donetsk Oblast;Donetsk Oblast|Donetsk region|Donetsk Region
UKR.city.donetsk;city;UKR;GPE;Donetsk;Donetsk
UKR.region.luhansk;region;UKR;GPE;Luhansk Oblast;Luhansk|Luhansk Oblast|Luhansk region|Lugansk
UKR.region.kharkiv;region;UKR;GPE;Kharkiv Oblast;Kharkiv Oblast|Kharkiv region
UKR.city.kharkiv;city;UKR;GPE;Kharkiv;Kharkiv|Kharkov
UKR.region.zaporizhzhia;region;UKR;GPE;Zaporizhzhia Oblast;Zaporizhzhia Oblast|Zaporizhzhia region|Zaporizhia region
UKR.city.zaporizhzhia;city;UKR;GPE;Zaporizhzhia;Zaporizhzhia|Zaporizhia|Zaporozhye
UKR.region.kherson;region;UKR;GPE;Kherson Oblast;Kherson Oblast|Kherson region
UKR.city.kherson;city;UKR;GPE;Kherson;Kherson
UKR.region.crimea;region;UKR;GPE;Crimea;Crimea|Crimean Peninsula|Autonomous Republic of Crimea
UKR.city.sevastopol;city;UKR;GPE;Sevastopol;Sevastopol
UKR.region.donbas;region;UKR;GPE;Donbas;Donbas|Donbass
UKR.city.odesa;city;UKR;GPE;Odesa;Odesa|Odessa
UKR.city.lviv;city;UKR;GPE;Lviv;Lviv|Lvov
UKR.city.dnipro;city;UKR;GPE;Dnipro;Dnipro|Dnipropetrovsk
UKR.region.dnipropetrovsk;region;UKR;GPE;Dnipropetrovsk Oblast;Dnipropetrovsk Oblast|Dnipropetrovsk region
UKR.city.mariupol;city;UKR;GPE;Mariupol;Mariupol
UKR.city.bakhmut;city;UKR;GPE;Bakhmut;Bakhmut|Artemivsk
UKR.city.avdiivka;city;UKR;GPE;Avdiivka;Avdiivka|Avdeyevka
UKR.city.pokrovsk;city;UKR;GPE;Pokrovsk;Pokrovsk
UKR.city.myrnohrad;city;UKR;GPE;Myrnohrad;Myrnohrad
UKR.city.kostiantynivka;city;UKR;GPE;Kostiantynivka;Kostiantynivka
UKR.city.kramatorsk;city;UKR;GPE;Kramatorsk;Kramatorsk
UKR.city.sloviansk;city;UKR;GPE;Sloviansk;Sloviansk|Slovyansk
UKR.city.sumy;city;UKR;GPE;Sumy;Sumy
UKR.city.chernihiv;city;UKR;GPE;Chernihiv;Chernihiv
UKR.city.mykolaiv;city;UKR;GPE;Mykolaiv;Mykolaiv
UKR.city.kupiansk;city;UKR;GPE;Kupiansk;Kupiansk|Kupyansk
UKR.city.bucha;city;UKR;GPE;Bucha;Bucha
UKR.city.izium;city;UKR;GPE;Izium;Izium|Izyum
UKR.city.huliaipole;city;UKR;GPE;Huliaipole;Huliaipole
UKR.city.enerhodar;city;UKR;GPE;Enerhodar;Enerhodar
UKR.city.chernobyl;city;UKR;GPE;Chornobyl;Chornobyl|Chernobyl
UKR.city.kryvyi-rih;city;UKR;GPE;Kryvyi Rih;Kryvyi Rih
UKR.city.poltava;city;UKR;GPE;Poltava;Poltava
UKR.city.vinnytsia;city;UKR;GPE;Vinnytsia;Vinnytsia
UKR.city.ternopil;city;UKR;GPE;Ternopil;Ternopil
UKR.city.uzhhorod;city;UKR;GPE;Uzhhorod;Uzhhorod
RUS.region.kursk;region;RUS;GPE;Kursk Oblast;Kursk|Kursk Oblast|Kursk region
RUS.region.belgorod;region;RUS;GPE;Belgorod Oblast;Belgorod|Belgorod Oblast|Belgorod region
RUS.region.bryansk;region;RUS;GPE;Bryansk Oblast;Bryansk|Bryansk Oblast|Bryansk region
RUS.region.rostov;region;RUS;GPE;Rostov Oblast;Rostov|Rostov-on-Don|Rostov region
RUS.region.krasnodar;region;RUS;GPE;Krasnodar Krai;Krasnodar|Krasnodar Krai|Krasnodar region
RUS.region.chechnya;region;RUS;GPE;Chechnya;Chechnya
RUS.region.kaliningrad;region;RUS;GPE;Kaliningrad;Kaliningrad
RUS.region.dagestan;region;RUS;GPE;Dagestan;Dagestan
RUS.city.stpetersburg;city;RUS;GPE;Saint Petersburg;St Petersburg|St. Petersburg|Saint Petersburg
RUS.city.novorossiysk;city;RUS;GPE;Novorossiysk;Novorossiysk
RUS.city.vladivostok;city;RUS;GPE;Vladivostok;Vladivostok
RUS.city.murmansk;city;RUS;GPE;Murmansk;Murmansk
RUS.region.siberia;region;RUS;LOC;Siberia;Siberia
PSE.region.gaza;region;PSE;GPE;Gaza Strip;Gaza|Gaza Strip
PSE.city.gazacity;city;PSE;GPE;Gaza City;Gaza City
PSE.city.khanyounis;city;PSE;GPE;Khan Younis;Khan Younis|Khan Yunis
PSE.city.rafah;city;PSE;GPE;Rafah;Rafah
PSE.city.jabalia;city;PSE;GPE;Jabalia;Jabalia|Jabaliya
PSE.city.deirelbalah;city;PSE;GPE;Deir al-Balah;Deir al-Balah|Deir el-Balah
PSE.region.westbank;region;PSE;GPE;West Bank;West Bank
PSE.city.jenin;city;PSE;GPE;Jenin;Jenin
PSE.city.nablus;city;PSE;GPE;Nablus;Nablus
PSE.city.hebron;city;PSE;GPE;Hebron;Hebron
PSE.city.tulkarm;city;PSE;GPE;Tulkarm;Tulkarm
PSE.city.eastjerusalem;city;PSE;GPE;East Jerusalem;East Jerusalem
# Jerusalem: status disputed; coded as an Israeli city (not a capital metonym); East Jerusalem is listed under PSE.
ISR.city.jerusalem;city;ISR;GPE;Jerusalem;Jerusalem|West Jerusalem
ISR.city.telaviv;city;ISR;GPE;Tel Aviv;Tel Aviv
ISR.city.haifa;city;ISR;GPE;Haifa;Haifa
SYR.region.golan;region;SYR;GPE;Golan Heights;Golan Heights|Golan
SYR.city.aleppo;city;SYR;GPE;Aleppo;Aleppo
SYR.city.idlib;city;SYR;GPE;Idlib;Idlib
SYR.city.homs;city;SYR;GPE;Homs;Homs
LBN.city.tyre;city;LBN;GPE;Tyre;
YEM.city.hodeidah;city;YEM;GPE;Hodeidah;Hodeidah|Hudaydah
YEM.city.aden;city;YEM;GPE;Aden;Aden
IRQ.city.mosul;city;IRQ;GPE;Mosul;Mosul
IRQ.city.basra;city;IRQ;GPE;Basra;Basra
IRQ.city.erbil;city;IRQ;GPE;Erbil;Erbil|Irbil
IRQ.region.kurdistan;region;IRQ;GPE;Kurdistan Region;Iraqi Kurdistan|Kurdistan Region
IRN.city.isfahan;city;IRN;GPE;Isfahan;Isfahan
IRN.city.natanz;city;IRN;GPE;Natanz;Natanz
IRN.city.fordow;city;IRN;GPE;Fordow;Fordow|Fordo
SDN.city.eflasher;city;SDN;GPE;El Fasher;El Fasher|El-Fasher|al-Fashir
SDN.region.darfur;region;SDN;GPE;Darfur;Darfur
SDN.city.omdurman;city;SDN;GPE;Omdurman;Omdurman
COD.city.goma;city;COD;GPE;Goma;Goma
COD.region.northkivu;region;COD;GPE;North Kivu;North Kivu
COD.region.southkivu;region;COD;GPE;South Kivu;South Kivu
CHN.city.shanghai;city;CHN;GPE;Shanghai;Shanghai
CHN.city.shenzhen;city;CHN;GPE;Shenzhen;Shenzhen
CHN.city.guangzhou;city;CHN;GPE;Guangzhou;Guangzhou
CHN.city.wuhan;city;CHN;GPE;Wuhan;Wuhan
CHN.city.chongqing;city;CHN;GPE;Chongqing;Chongqing
CHN.city.tianjin;city;CHN;GPE;Tianjin;Tianjin
CHN.region.xinjiang;region;CHN;GPE;Xinjiang;Xinjiang
CHN.region.tibet;region;CHN;GPE;Tibet;Tibet
CHN.region.fujian;region;CHN;GPE;Fujian;Fujian
CHN.region.guangdong;region;CHN;GPE;Guangdong;Guangdong
CHN.region.innermongolia;region;CHN;GPE;Inner Mongolia;Inner Mongolia
USA.city.newyork;city;USA;GPE;New York City;New York|New York City|NYC
USA.city.losangeles;city;USA;GPE;Los Angeles;Los Angeles
USA.city.chicago;city;USA;GPE;Chicago;Chicago
USA.city.sanfrancisco;city;USA;GPE;San Francisco;San Francisco
USA.city.miami;city;USA;GPE;Miami;Miami
USA.city.houston;city;USA;GPE;Houston;Houston
USA.region.alaska;region;USA;GPE;Alaska;Alaska
USA.region.hawaii;region;USA;GPE;Hawaii;Hawaii
USA.region.california;region;USA;GPE;California;California
USA.region.texas;region;USA;GPE;Texas;Texas
USA.city.anchorage;city;USA;GPE;Anchorage;Anchorage
IND.city.mumbai;city;IND;GPE;Mumbai;Mumbai|Bombay
IND.city.kolkata;city;IND;GPE;Kolkata;Kolkata|Calcutta
IND.city.bengaluru;city;IND;GPE;Bengaluru;Bengaluru|Bangalore
IND.city.chennai;city;IND;GPE;Chennai;Chennai|Madras
IND.region.kashmir;region;IND;GPE;Jammu and Kashmir;Jammu and Kashmir|Indian-administered Kashmir
IND.region.manipur;region;IND;GPE;Manipur;Manipur
PAK.city.karachi;city;PAK;GPE;Karachi;Karachi
PAK.city.lahore;city;PAK;GPE;Lahore;Lahore
PAK.city.peshawar;city;PAK;GPE;Peshawar;Peshawar
PAK.region.balochistan;region;PAK;GPE;Balochistan;Balochistan|Baluchistan
PAK.region.khyber;region;PAK;GPE;Khyber Pakhtunkhwa;Khyber Pakhtunkhwa
TUR.city.istanbul;city;TUR;GPE;Istanbul;Istanbul
BRA.city.saopaulo;city;BRA;GPE;Sao Paulo;Sao Paulo|São Paulo
BRA.city.rio;city;BRA;GPE;Rio de Janeiro;Rio de Janeiro
AUS.city.sydney;city;AUS;GPE;Sydney;Sydney
AUS.city.melbourne;city;AUS;GPE;Melbourne;Melbourne
CAN.city.toronto;city;CAN;GPE;Toronto;Toronto
CAN.city.montreal;city;CAN;GPE;Montreal;Montreal|Montréal
CAN.city.vancouver;city;CAN;GPE;Vancouver;Vancouver
DEU.city.munich;city;DEU;GPE;Munich;Munich|München
DEU.city.frankfurt;city;DEU;GPE;Frankfurt;Frankfurt
DEU.city.hamburg;city;DEU;GPE;Hamburg;Hamburg
ITA.city.milan;city;ITA;GPE;Milan;Milan
ESP.city.barcelona;city;ESP;GPE;Barcelona;Barcelona
ESP.region.catalonia;region;ESP;GPE;Catalonia;Catalonia
GBR.city.manchester;city;GBR;GPE;Manchester;Manchester
GBR.city.edinburgh;city;GBR;GPE;Edinburgh;Edinburgh
GBR.city.belfast;city;GBR;GPE;Belfast;Belfast
GBR.region.scotland;region;GBR;GPE;Scotland;Scotland
GBR.region.wales;region;GBR;GPE;Wales;Wales
GBR.region.england;region;GBR;GPE;England;England
GBR.region.northernireland;region;GBR;GPE;Northern Ireland;Northern Ireland
NLD.city.thehague;city;NLD;GPE;The Hague;The Hague
NLD.city.rotterdam;city;NLD;GPE;Rotterdam;Rotterdam
CHE.city.geneva;city;CHE;GPE;Geneva;Geneva
CHE.city.zurich;city;CHE;GPE;Zurich;Zurich|Zürich
CHE.city.davos;city;CHE;GPE;Davos;Davos
JPN.city.osaka;city;JPN;GPE;Osaka;Osaka
JPN.city.hiroshima;city;JPN;GPE;Hiroshima;Hiroshima
JPN.region.okinawa;region;JPN;GPE;Okinawa;Okinawa
KOR.city.busan;city;KOR;GPE;Busan;Busan|Pusan
VNM.city.hochiminh;city;VNM;GPE;Ho Chi Minh City;Ho Chi Minh City|Saigon
NGA.city.lagos;city;NGA;GPE;Lagos;Lagos
ZAF.city.johannesburg;city;ZAF;GPE;Johannesburg;Johannesburg
ZAF.city.capetown;city;ZAF;GPE;Cape Town;Cape Town
EGY.city.alexandria;city;EGY;GPE;Alexandria;
EGY.region.sinai;region;EGY;GPE;Sinai;Sinai|Sinai Peninsula
SAU.city.jeddah;city;SAU;GPE;Jeddah;Jeddah|Jiddah
SAU.city.mecca;city;SAU;GPE;Mecca;Mecca|Makkah
ARE.city.dubai;city;ARE;GPE;Dubai;Dubai
MAR.city.casablanca;city;MAR;GPE;Casablanca;Casablanca
MEX.city.tijuana;city;MEX;GPE;Tijuana;Tijuana
MEX.city.guadalajara;city;MEX;GPE;Guadalajara;Guadalajara
MEX.city.monterrey;city;MEX;GPE;Monterrey;Monterrey
MEX.region.sinaloa;region;MEX;GPE;Sinaloa;Sinaloa
AZE.region.nagornokarabakh;region;AZE;GPE;Nagorno-Karabakh;Nagorno-Karabakh|Karabakh
GEO.region.abkhazia;region;GEO;GPE;Abkhazia;Abkhazia
GEO.region.southossetia;region;GEO;GPE;South Ossetia;South Ossetia
MDA.region.transnistria;region;MDA;GPE;Transnistria;Transnistria|Transdniestria
IDN.region.papua;region;IDN;GPE;Papua (Indonesia);West Papua
IDN.region.bali;region;IDN;GPE;Bali;Bali
PHL.city.cebu;city;PHL;GPE;Cebu;Cebu
PHL.region.mindanao;region;PHL;GPE;Mindanao;Mindanao
MMR.city.yangon;city;MMR;GPE;Yangon;Yangon|Rangoon
MMR.city.mandalay;city;MMR;GPE;Mandalay;Mandalay
MMR.region.rakhine;region;MMR;GPE;Rakhine;Rakhine|Rakhine State
HTI.city.capehaitien;city;HTI;GPE;Cap-Haitien;Cap-Haitien|Cap-Haïtien
AFG.city.kandahar;city;AFG;GPE;Kandahar;Kandahar
AFG.city.herat;city;AFG;GPE;Herat;Herat
AFG.region.helmand;region;AFG;GPE;Helmand;Helmand
LBY.city.benghazi;city;LBY;GPE;Benghazi;Benghazi
SOM.region.somaliland;region;SOM;GPE;Somaliland;Somaliland
SOM.region.puntland;region;SOM;GPE;Puntland;Puntland
ETH.region.tigray;region;ETH;GPE;Tigray;Tigray
ETH.region.amhara;region;ETH;GPE;Amhara region;Amhara region
# Place names that contain a country name or demonym and must not resolve to it (longest match wins).
USA.region.newmexico;region;USA;GPE;New Mexico;New Mexico
USA.region.newjersey;region;USA;GPE;New Jersey;New Jersey
USA.region.newengland;region;USA;LOC;New England;New England
AUS.region.nsw;region;AUS;GPE;New South Wales;New South Wales
CAN.region.britishcolumbia;region;CAN;GPE;British Columbia;British Columbia
NGA.region.nigerdelta;region;NGA;GPE;Niger Delta;Niger Delta
loc.southchinasea;region;;LOC;South China Sea;South China Sea
loc.eastchinasea;region;;LOC;East China Sea;East China Sea
loc.seaofjapan;region;;LOC;Sea of Japan;Sea of Japan
loc.gulfofmexico;region;;LOC;Gulf of Mexico;Gulf of Mexico|Gulf of America
loc.indianocean;region;;LOC;Indian Ocean;Indian Ocean
loc.newguinea;region;;LOC;New Guinea;New Guinea
loc.westindies;region;;LOC;West Indies;West Indies
loc.taiwanstrait;region;;LOC;Taiwan Strait;Taiwan Strait
loc.koreanpeninsula;region;;LOC;Korean Peninsula;Korean Peninsula|Korean peninsula
loc.gulfofaden;region;;LOC;Gulf of Aden;Gulf of Aden
loc.gulfofoman;region;;LOC;Gulf of Oman;Gulf of Oman
loc.gulfofguinea;region;;LOC;Gulf of Guinea;Gulf of Guinea
loc.blacksea;region;;LOC;Black Sea;Black Sea
loc.redsea;region;;LOC;Red Sea;Red Sea
loc.balticsea;region;;LOC;Baltic Sea;Baltic Sea|Baltic
loc.straitofhormuz;region;;LOC;Strait of Hormuz;Strait of Hormuz
loc.seaofazov;region;;LOC;Sea of Azov;Sea of Azov
loc.arctic;region;;LOC;Arctic;Arctic
loc.dnipro-river;region;;LOC;Dnipro River;Dnipro River|Dnieper River|Dnieper
"""
# Places removed above for precision: Tyre (LBN; common word) and Alexandria (EGY; also Virginia) have no
# aliases and are dropped by build(); they are kept in the table as documentation of the decision.

# Regions without a single country: CAMEO region codes (CAMEO manual, table of regions). kind region, type LOC,
# country empty.  code;name;aliases;adjectives
WORLD_REGIONS = r"""
AFR;Africa;Africa|Sub-Saharan Africa|sub-Saharan Africa;African|Africans|sub-Saharan African
ASA;Asia;Asia|Asia-Pacific|Asia Pacific;Asian
BLK;Balkans;Balkans|Western Balkans;Balkan
CRB;Caribbean;Caribbean;
CAU;Caucasus;Caucasus|South Caucasus|North Caucasus;
CFR;Central Africa;Central Africa;
CAS;Central Asia;Central Asia;Central Asian
CEU;Central Europe;Central Europe;Central European
EAF;East Africa;East Africa|Eastern Africa|Horn of Africa;East African
EEU;Eastern Europe;Eastern Europe;Eastern European
EUR;Europe;Europe;European|Europeans
LAM;Latin America;Latin America|Central America;Latin American|Latin Americans|Central American|Central Americans
MEA;Middle East;Middle East|Mideast|Near East;Middle Eastern
MDT;Mediterranean;Mediterranean;
NAF;North Africa;North Africa|Maghreb;North African
NMR;North America;North America;North American
PGS;Persian Gulf;Persian Gulf|Gulf region|Arabian Gulf;
SCN;Scandinavia;Scandinavia|Nordic countries;Scandinavian|Nordic
SAM;South America;South America;South American
SAS;South Asia;South Asia;South Asian
SEA;Southeast Asia;Southeast Asia|South-East Asia;Southeast Asian
SAF;Southern Africa;Southern Africa;
WAF;West Africa;West Africa|Sahel;West African
WST;the West;Western countries|Western nations|Western powers|Western allies;
"""

# ----------------------------------------------------------------------------------------------------------
# 3. International organisations. id;kind;phoenix lookup phrases (','-separated; first hit wins);fallback code;
#    name;aliases.  Phoenix codes are used when found; 'fallback' when Phoenix has no entry.
#    A '!' before the fallback forces it even when Phoenix has a (stale or wrong) code.
# ----------------------------------------------------------------------------------------------------------
IGOS = r"""
igo.un;igo;UNITED NATIONS;IGOUNO;United Nations;United Nations|UN|U.N.
igo.un.sc;igo;UN SECURITY COUNCIL;IGOUNO;UN Security Council;UN Security Council|U.N. Security Council|United Nations Security Council|Security Council|UNSC
igo.un.ga;igo;UN GENERAL ASSEMBLY;IGOUNO;UN General Assembly;UN General Assembly|U.N. General Assembly|United Nations General Assembly|UNGA|General Assembly
igo.un.sg;igo;UN SECRETARY GENERAL;IGOUNO;UN Secretary-General;UN Secretary-General|U.N. Secretary-General|UN secretary-general|U.N. secretary-general|United Nations Secretary-General|UN chief|U.N. chief
igo.un.unhcr;igo;UNHCR;IGOUNOREFHCR;UN refugee agency (UNHCR);UNHCR|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees|UN High Commissioner for Refugees
igo.un.unicef;igo;UNICEF;IGOUNOKID;UNICEF;UNICEF|United Nations Children's Fund|UN Children's Fund
igo.un.who;igo;WORLD HEALTH ORGANIZATION;IGOUNOHLHWHO;World Health Organization;World Health Organization|World Health Organisation|WHO
igo.un.wfp;igo;WORLD FOOD PROGRAM;IGOUNOWFP;World Food Programme;World Food Programme|World Food Program|WFP
igo.un.iaea;igo;INTERNATIONAL ATOMIC ENERGY AGENCY,IAEA;IGOUNOIAE;International Atomic Energy Agency;International Atomic Energy Agency|IAEA|UN nuclear watchdog|U.N. nuclear watchdog
igo.un.icj;igo;INTERNATIONAL COURT OF JUSTICE,ICJ;IGOUNOJUDICJ;International Court of Justice;International Court of Justice|ICJ|World Court
igo.un.unesco;igo;UNESCO;IGOUNODEV;UNESCO;UNESCO
igo.un.ohchr;igo;OHCHR;IGOUNOHRIHCH;UN Human Rights Office (OHCHR);OHCHR|UN human rights office|U.N. human rights office|UN Human Rights Office|Office of the United Nations High Commissioner for Human Rights|UN High Commissioner for Human Rights|UN rights chief|U.N. rights chief|UN human rights chief
igo.un.hrc;igo;UN HUMAN RIGHTS COUNCIL;IGOUNOHRI;UN Human Rights Council;UN Human Rights Council|U.N. Human Rights Council|United Nations Human Rights Council|Human Rights Council
igo.un.ocha;igo;OCHA;IGOUNO;UN Office for the Coordination of Humanitarian Affairs;OCHA|UN humanitarian office|U.N. humanitarian office|Office for the Coordination of Humanitarian Affairs
igo.un.unrwa;igo;UNRWA;IGOUNOREF;UNRWA;UNRWA|UN agency for Palestinian refugees|U.N. agency for Palestinian refugees
igo.un.undp;igo;UNDP;IGOUNODEV;UN Development Programme;UNDP|United Nations Development Programme|UN Development Programme
igo.un.fao;igo;UNITED NATIONS FOOD AND AGRICULTURE ORGANIZATION;IGOUNOAGRFAO;Food and Agriculture Organization;Food and Agriculture Organization|FAO
igo.un.ilo;igo;INTERNATIONAL LABOUR ORGANIZATION,INTERNATIONAL LABOR ORGANIZATION;IGOUNOLAB;International Labour Organization;International Labour Organization|International Labor Organization|ILO
igo.un.iom;igo;INTERNATIONAL ORGANIZATION FOR MIGRATION;IGOREF;International Organization for Migration;International Organization for Migration|IOM
igo.un.unifil;igo;UNIFIL;IGOUNO;UNIFIL;UNIFIL
igo.nato;igo;NATO,NORTH ATLANTIC TREATY ORGANIZATION;IGOWSTNAT;NATO;NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic alliance
igo.eu;igo;EUROPEAN UNION;IGOEUREEC;European Union;European Union|EU|E.U.|European Community|European Communities|European Economic Community|EEC
igo.eu.commission;igo;EUROPEAN COMMISSION;IGOEUREEC;European Commission;European Commission|EU Commission
igo.eu.parliament;igo;EUROPEAN PARLIAMENT;IGOEUREEC;European Parliament;European Parliament
igo.eu.council;igo;EUROPEAN COUNCIL;!IGOEUREEC;European Council;European Council|Council of the European Union|Council of the EU|EU Council
igo.eu.eeas;igo;EUROPEAN EXTERNAL ACTION SERVICE;IGOEUREEC;European External Action Service;European External Action Service|EEAS
igo.eu.ecb;igo;EUROPEAN CENTRAL BANK;IGOEURBUS;European Central Bank;European Central Bank|ECB
igo.coe;igo;COUNCIL OF EUROPE;IGOEUR;Council of Europe;Council of Europe
igo.au;igo;AFRICAN UNION,PSCAU;IGOAFRAFU;African Union;African Union|AU
igo.asean;igo;ASEAN;IGOSEAASN;ASEAN;ASEAN|Association of Southeast Asian Nations|Association of South East Asian Nations
igo.opec;igo;OPEC,ORGANIZATION OF PETROLEUM EXPORTING COUNTRIES;IGOOPC;OPEC;OPEC|Organization of the Petroleum Exporting Countries|OPEC+|OPEC Plus
igo.g7;igo;GROUP OF SEVEN;IGOGOS;Group of Seven;G7|G-7|Group of Seven
igo.g20;igo;GROUP OF TWENTY,G20;!IGO;Group of Twenty;G20|G-20|Group of 20|Group of Twenty
igo.brics;igo;BRICS;!IGO;BRICS;BRICS
igo.sco;igo;SHANGHAI COOPERATION ORGANIZATION;IGOCAS;Shanghai Cooperation Organisation;Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO
igo.wto;igo;WORLD TRADE ORGANIZATION;IGOBUSWTO;World Trade Organization;World Trade Organization|World Trade Organisation|WTO
igo.imf;igo;IMF,INTERNATIONAL MONETARY FUND;IGOBUSIMF;International Monetary Fund;International Monetary Fund|IMF
igo.worldbank;igo;WORLD BANK;IGOUNODEVWBK;World Bank;World Bank|World Bank Group
igo.osce;igo;ORGANIZATION FOR SECURITY AND COOPERATION IN EUROPE;IGOEUROSC;Organization for Security and Co-operation in Europe;OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe
igo.icc;igo;ICC,INTERNATIONAL CRIMINAL COURT;IGOJUDICC;International Criminal Court;International Criminal Court|ICC
igo.interpol;igo;INTERPOL;IGOCOPITP;Interpol;Interpol|INTERPOL
igo.arableague;igo;ARAB LEAGUE;IGOMEAARL;Arab League;Arab League|League of Arab States
igo.gcc;igo;GULF COOPERATION COUNCIL;IGOGCC;Gulf Cooperation Council;Gulf Cooperation Council|GCC
igo.oas;igo;ORGANIZATION OF AMERICAN STATES;IGOOAS;Organization of American States;Organization of American States|OAS
igo.ecowas;igo;ECOWAS;IGOWAFBUSWAS;ECOWAS;ECOWAS|Economic Community of West African States
igo.csto;igo;COLLECTIVE SECURITY TREATY ORGANIZATION;IGOCAS;Collective Security Treaty Organization;Collective Security Treaty Organization|Collective Security Treaty Organisation|CSTO
igo.oic;igo;ORGANIZATION OF THE ISLAMIC CONFERENCE;IGOMOS;Organisation of Islamic Cooperation;Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC
igo.eac;igo;EAST AFRICAN COMMUNITY;IGOEAFEAC;East African Community;East African Community
igo.sadc;igo;SOUTHERN AFRICAN DEVELOPMENT COMMUNITY;IGOSAF;Southern African Development Community;Southern African Development Community|SADC
igo.caricom;igo;CARIBBEAN COMMUNITY;IGOCRB;Caribbean Community;Caribbean Community|CARICOM|Caricom
igo.apec;igo;ASIA PACIFIC ECONOMIC COOPERATION,APEC;IGOASABUS;Asia-Pacific Economic Cooperation;Asia-Pacific Economic Cooperation|APEC
igo.quad;igo;QUADRILATERAL SECURITY DIALOGUE;!IGO;Quadrilateral Security Dialogue;Quadrilateral Security Dialogue
igo.aukus;igo;AUKUS;!IGO;AUKUS;AUKUS
igo.eaeu;igo;EURASIAN ECONOMIC UNION;IGOEEU;Eurasian Economic Union;Eurasian Economic Union|EAEU
ngo.icrc;ngo;INTERNATIONAL COMMITTEE OF THE RED CROSS;NGOHLHIRC;International Committee of the Red Cross;International Committee of the Red Cross|ICRC|Red Cross
ngo.ifrc;ngo;RED CROSS;NGOHLHIRC;International Federation of Red Cross and Red Crescent Societies;International Federation of Red Cross and Red Crescent Societies|IFRC|Red Crescent
ngo.amnesty;ngo;AMNESTY INTERNATIONAL;NGOHRIAMN;Amnesty International;Amnesty International|Amnesty
ngo.hrw;ngo;HUMAN RIGHTS WATCH;NGOHRI;Human Rights Watch;Human Rights Watch|HRW
ngo.msf;ngo;MEDECINS SANS FRONTIERES,DOCTORS WITHOUT BORDERS;NGOHLHMSF;Doctors Without Borders (MSF);Doctors Without Borders|Medecins Sans Frontieres|Médecins Sans Frontières|MSF
ngo.rsf;ngo;REPORTERS WITHOUT BORDERS;NGOMED;Reporters Without Borders;Reporters Without Borders|Reporters Sans Frontieres|Reporters sans frontières
ngo.cpj;ngo;COMMITTEE TO PROTECT JOURNALISTS;NGOMED;Committee to Protect Journalists;Committee to Protect Journalists|CPJ
ngo.oxfam;ngo;OXFAM;NGODEV;Oxfam;Oxfam
ngo.savethechildren;ngo;SAVE THE CHILDREN INTERNATIONAL;NGODEV;Save the Children;Save the Children
ngo.isw;ngo;ISW;NGO;Institute for the Study of War;Institute for the Study of War|ISW
"""

# Armed non-state groups (kind org).  id;phoenix lookup phrases;fallback code;country;sector;name;aliases
# The groups of the 1980s-2010s wire archives at the end have codes by hand ('!'): Phoenix writes CAMEO country
# codes (ANG for Angola), ours are ISO 3166 (AGO).
NONSTATE = r"""
org.hamas;HAMAS;PSEREB;PSE;REB;Hamas;Hamas|Islamic Resistance Movement
org.hezbollah;HEZBOLLAH;LBNREB;LBN;REB;Hezbollah;Hezbollah|Hizbollah|Hizballah|Hizbullah
org.houthis;HOUTHIS,ANSAR ALLAH;!YEMREB;YEM;REB;Houthis (Ansar Allah);Houthis|Houthi|Houthi rebels|Ansar Allah|Ansarallah|Huthis|Huthi
org.taliban;TALIBAN;AFGREB;AFG;REB;Taliban;Taliban
org.islamicstate;THE ISLAMIC STATE,ISLAMIC STATE OF IRAQ AND THE LEVANT;IMGMUSISI;;REB;Islamic State;Islamic State|ISIS|ISIL|Daesh|Daish|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|IS group
org.alqaeda;AL QAEDA;IMGMUSALQ;;REB;al-Qaeda;al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida|al Qaida
org.wagner;WAGNER GROUP;!RUSMIL;RUS;MIL;Wagner Group;Wagner Group|Wagner mercenaries|Wagner mercenary group|PMC Wagner|Africa Corps
org.pij;PALESTINIAN ISLAMIC JIHAD;!PSEREB;PSE;REB;Palestinian Islamic Jihad;Palestinian Islamic Jihad|Islamic Jihad
org.hts;HAYAT TAHRIR AL-SHAM;!SYRREB;SYR;REB;Hayat Tahrir al-Sham;Hayat Tahrir al-Sham|HTS
org.alshabaab;AL SHABAAB,AL-SHABAAB;SOMREB;SOM;REB;al-Shabaab;al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab|al Shabaab
org.bokoharam;BOKO HARAM;NGAREB;NGA;REB;Boko Haram;Boko Haram
org.rsf-sudan;RAPID SUPPORT FORCES;!SDNREB;SDN;REB;Rapid Support Forces;Rapid Support Forces|RSF
org.pkk;KURDISTAN WORKERS' PARTY,PKK;TURREB;TUR;REB;Kurdistan Workers' Party (PKK);PKK|Kurdistan Workers' Party|Kurdistan Workers Party
org.sdf-syria;SYRIAN DEMOCRATIC FORCES;!SYRREB;SYR;REB;Syrian Democratic Forces;Syrian Democratic Forces|SDF
org.m23;M23;!CODREB;COD;REB;M23;M23|March 23 Movement
org.ttp;TEHRIK-I-TALIBAN PAKISTAN;PAKREB;PAK;REB;Tehrik-i-Taliban Pakistan;Tehrik-i-Taliban Pakistan|Pakistani Taliban|TTP
org.bla;BALOCH LIBERATION ARMY;PAKREB;PAK;REB;Baloch Liberation Army;Baloch Liberation Army|Balochistan Liberation Army
org.jnim;JNIM;!MLIREB;MLI;REB;Jama'at Nusrat al-Islam wal-Muslimin;JNIM|Jama'at Nusrat al-Islam wal-Muslimin
org.sinaloacartel;SINALOA CARTEL;!MEXCRM;MEX;CRM;Sinaloa Cartel;Sinaloa Cartel|Sinaloa cartel
org.cjng;JALISCO NEW GENERATION CARTEL;!MEXCRM;MEX;CRM;Jalisco New Generation Cartel;Jalisco New Generation Cartel|CJNG
org.tren-de-aragua;TREN DE ARAGUA;!VENCRM;VEN;CRM;Tren de Aragua;Tren de Aragua
org.kla;KOSOVO LIBERATION ARMY;!XKXREB;XKX;REB;Kosovo Liberation Army;Kosovo Liberation Army|KLA
org.ltte;TAMIL TIGERS;!LKAREB;LKA;REB;Liberation Tigers of Tamil Eelam;Liberation Tigers of Tamil Eelam|Tamil Tigers|LTTE
org.farc;FARC;!COLREB;COL;REB;FARC;FARC|FARC-EP|Revolutionary Armed Forces of Colombia
org.eta;ETA;!ESPREB;ESP;REB;ETA;Basque separatist group ETA|ETA separatists|ETA guerrillas
org.ira;IRISH REPUBLICAN ARMY;!GBRREB;GBR;REB;Irish Republican Army;Irish Republican Army|Provisional IRA|Real IRA
org.unita;UNITA;!AGOREB;AGO;REB;UNITA;UNITA
org.ruf;REVOLUTIONARY UNITED FRONT;!SLEREB;SLE;REB;Revolutionary United Front;Revolutionary United Front|RUF rebels
org.abusayyaf;ABU SAYYAF;!PHLREB;PHL;REB;Abu Sayyaf;Abu Sayyaf
org.shiningpath;SHINING PATH;!PERREB;PER;REB;Shining Path;Shining Path|Sendero Luminoso
org.northernalliance;NORTHERN ALLIANCE;!AFGREB;AFG;REB;Northern Alliance;Northern Alliance
org.janjaweed;JANJAWEED;!SDNUAF;SDN;UAF;Janjaweed;Janjaweed|Janjawid
org.lra;LORD'S RESISTANCE ARMY;!UGAREB;UGA;REB;Lord's Resistance Army;Lord's Resistance Army
org.khmerrouge;KHMER ROUGE;!KHMREB;KHM;REB;Khmer Rouge;Khmer Rouge
org.ezln;ZAPATISTA ARMY OF NATIONAL LIBERATION;!MEXREB;MEX;REB;Zapatista Army of National Liberation;Zapatista Army of National Liberation|Zapatistas|EZLN
org.interahamwe;INTERAHAMWE;!RWAUAF;RWA;UAF;Interahamwe;Interahamwe
"""

# ----------------------------------------------------------------------------------------------------------
# 4. Agents: sector nouns (lower-case aliases: matched case-insensitively).  code;aliases
#    An empty code = a nationality noun: resolves to the bare country when composed with an adjective.
# ----------------------------------------------------------------------------------------------------------
AGENTS = r"""
GOV;government|governments|administration|cabinet|ministry|ministries|minister|ministers|spokesperson|spokespersons|spokesman|spokesmen|spokeswoman|spokeswomen|official|officials|authorities|president|presidents|prime minister|foreign minister|foreign ministers|foreign ministry|ministry of foreign affairs|foreign office|foreign secretary|secretary of state|diplomat|diplomats|ambassador|ambassadors|embassy|embassies|consulate|envoy|envoys|regime|leader|leaders|leadership|chancellor|mayor|governor|governors|head of state|vice president|deputy prime minister|interior ministry|interior minister|finance ministry|finance minister|junta|secretary-general|secretary general|director general|director-general|government spokesperson|government spokesman|delegation|negotiators|negotiator
MIL;military|militaries|army|armies|armed forces|forces|troops|soldier|soldiers|navy|navies|air force|marines|servicemen|servicemembers|service members|commander|commanders|general|generals|defence ministry|defense ministry|ministry of defence|ministry of defense|defence minister|defense minister|defence secretary|defense secretary|secretary of defense|general staff|warships|warship|fighter jets|warplanes|military spokesperson|military spokesman|army spokesman|paratroopers|special forces|coast guard|border guards|drone operators
COP;police|police officers|police officer|policeman|policemen|riot police|security forces|law enforcement|border police|interior troops|gendarmes|gendarmerie
REB;rebels|rebel|insurgents|insurgent|militants|militant|separatists|separatist|guerrillas|guerrilla|jihadists|jihadist|terrorists|terrorist
UAF;militia|militias|militiamen|armed groups|armed group|gunmen|gunman|paramilitaries|paramilitary forces
OPP;opposition|opposition leader|opposition party|dissidents|dissident|protesters|protester|demonstrators|activists|activist
CVL;civilians|civilian|residents|villagers|civil society|pedestrians|passengers|children|families|tourists
MED;journalists|journalist|media|reporters|reporter|newspaper|newspapers|broadcaster|broadcasters|news agency|state media|state-run media|state broadcaster|television|editor|editors
BUS;companies|company|businesses|firms|corporations|corporation|businessmen|businessman|executives|banks|investors|industry|exporters|manufacturers|state-owned enterprises|shipping companies
JUD;court|courts|judge|judges|prosecutors|prosecutor|supreme court|constitutional court|judiciary|lawyers|lawyer|tribunal|prosecutor general|attorney general
LEG;parliament|parliaments|lawmakers|lawmaker|legislators|legislator|senators|senator|congress|congressman|congresswoman|legislature|mps|mp|members of parliament|lower house|upper house|national assembly|senate|speaker of parliament|parliamentary committee
SPY;intelligence|intelligence services|intelligence service|intelligence agency|intelligence agencies|spies|spy|spy agency|intelligence officers|intelligence officials|military intelligence|secret police|intelligence chief
REF;refugees|refugee|migrants|migrant|asylum seekers|asylum seeker|displaced people|displaced persons|internally displaced
LAB;workers|worker|unions|trade unions|trade union|labor unions|labour unions|employees|miners|strikers
EDU;students|student|universities|university|academics|scholars|professors|schools|teachers
HLH;doctors|doctor|hospitals|hospital|medics|nurses|health workers|health ministry|health officials|paramedics|medical staff
CRM;criminals|criminal|gangs|gang|cartel|cartels|smugglers|traffickers|drug traffickers|pirates|kidnappers|hackers
;nationals|citizens|people|fighters|mercenaries|volunteers|individuals|population|expats|expatriates|prisoners|prisoners of war|pows|hostages|captives|detainees
"""
# Deliberately not agents: "state" (too broad), "leadership" kept (GOV), "sources", "experts", "analysts".
# Note "hostages"/"prisoners of war"/"detainees" are nationality nouns ("Ukrainian prisoners of war" -> UKR).
# "general" is listed per the brief (MIL), but it is also an adjective ("general election"); the matcher's
# composition only uses agents next to a country/adjective, which keeps that ambiguity low.

# ----------------------------------------------------------------------------------------------------------
# 5. Office-holders as of 2025.  id;code;country;sector;name;aliases;from;to;role
#    A '#' line inside the table becomes a comment above the next entry in the output.
#    Surnames alone are given only when distinctive.
# ----------------------------------------------------------------------------------------------------------
PERSONS = r"""
# ---- China
p.xi-jinping;CHNGOV;CHN;GOV;Xi Jinping;Xi Jinping|President Xi|Chinese President Xi;2013-03-14;;President
p.li-qiang;CHNGOV;CHN;GOV;Li Qiang;Li Qiang|Premier Li|Premier Li Qiang;2023-03-11;;Premier
p.wang-yi;CHNGOV;CHN;GOV;Wang Yi;Wang Yi;2023-07-25;;Minister of Foreign Affairs
p.wang-yi-1;CHNGOV;CHN;GOV;Wang Yi;Wang Yi;2013-03-16;2022-12-30;Minister of Foreign Affairs
p.wang-yi-2;CHNGOV;CHN;GOV;Wang Yi;Wang Yi;2022-12-30;2023-07-25;Director of the Office of the Central Foreign Affairs Commission
p.dong-jun;CHNGOV;CHN;GOV;Dong Jun;Dong Jun;2023-12-29;;Minister of National Defense
# Start months of the MFA spokespeople are approximate (first briefing), as is the end of Wang Wenbin's turn.
p.mao-ning;CHNGOV;CHN;GOV;Mao Ning;Mao Ning;2022-09;;Foreign Ministry spokesperson
p.lin-jian;CHNGOV;CHN;GOV;Lin Jian;Lin Jian;2024-01;;Foreign Ministry spokesperson
p.guo-jiakun;CHNGOV;CHN;GOV;Guo Jiakun;Guo Jiakun;2024-11;;Foreign Ministry spokesperson
p.wang-wenbin;CHNGOV;CHN;GOV;Wang Wenbin;Wang Wenbin;2020-07;2024-07;Foreign Ministry spokesperson
# Start month approximate.
p.zhang-xiaogang;CHNMIL;CHN;MIL;Zhang Xiaogang;Zhang Xiaogang;2023-08;;Defense Ministry spokesperson
p.zhang-youxia;CHNMIL;CHN;MIL;Zhang Youxia;Zhang Youxia;2022-10-23;;Vice Chairman of the Central Military Commission
p.han-zheng;CHNGOV;CHN;GOV;Han Zheng;Han Zheng;2023-03-10;;Vice President
# ---- Ukraine
p.volodymyr-zelensky;UKRGOV;UKR;GOV;Volodymyr Zelensky;Volodymyr Zelensky|Volodymyr Zelenskyy|Volodymyr Zelenskiy|Zelensky|Zelenskyy|Zelenskiy|Zelenskyi;2019-05-20;;President
p.denys-shmyhal;UKRGOV;UKR;GOV;Denys Shmyhal;Denys Shmyhal|Shmyhal;2020-03-04;2025-07-17;Prime Minister
p.denys-shmyhal-1;UKRGOV;UKR;GOV;Denys Shmyhal;Denys Shmyhal|Shmyhal;2025-07-17;;Minister of Defence
p.yulia-svyrydenko;UKRGOV;UKR;GOV;Yulia Svyrydenko;Yulia Svyrydenko|Svyrydenko;2025-07-17;;Prime Minister
p.andrii-sybiha;UKRGOV;UKR;GOV;Andrii Sybiha;Andrii Sybiha|Andriy Sybiha|Andrii Sybiga|Sybiha;2024-09-05;;Minister of Foreign Affairs
p.dmytro-kuleba;UKRGOV;UKR;GOV;Dmytro Kuleba;Dmytro Kuleba|Kuleba;2020-03-04;2024-09-05;Minister of Foreign Affairs
p.rustem-umerov;UKRGOV;UKR;GOV;Rustem Umerov;Rustem Umerov|Umerov;2023-09-06;2025-07-17;Minister of Defence
p.rustem-umerov-1;UKRGOV;UKR;GOV;Rustem Umerov;Rustem Umerov|Umerov;2025-07-17;;Secretary of the National Security and Defense Council
# Start month approximate (Tykhyi took over the MFA briefings around the turn of 2023/2024).
p.heorhii-tykhyi;UKRGOV;UKR;GOV;Heorhii Tykhyi;Heorhii Tykhyi|Heorhiy Tykhyi|Georgii Tykhyi|Tykhyi;2024-01;;Foreign Ministry spokesperson
p.andriy-yermak;UKRGOV;UKR;GOV;Andriy Yermak;Andriy Yermak|Andrii Yermak|Yermak;2020-02-11;2025-11-28;Head of the Office of the President
p.oleksandr-syrskyi;UKRMIL;UKR;MIL;Oleksandr Syrskyi;Oleksandr Syrskyi|Oleksandr Syrsky|Syrskyi|Syrsky;2024-02-08;;Commander-in-Chief of the Armed Forces
p.kyrylo-budanov;UKRSPY;UKR;SPY;Kyrylo Budanov;Kyrylo Budanov|Kyrylo Budanov's|Budanov;2020-08-05;;Head of Defence Intelligence (HUR)
p.valerii-zaluzhnyi;UKRGOV;UKR;GOV;Valerii Zaluzhnyi;Valerii Zaluzhnyi|Valery Zaluzhny|Zaluzhnyi|Zaluzhny;2024-05-09;;Ambassador to the United Kingdom
# ---- Russia
p.vladimir-putin;RUSGOV;RUS;GOV;Vladimir Putin;Vladimir Putin|Putin|Vladimir Vladimirovich Putin;2012-05-07;;President
p.vladimir-putin-1;RUSGOV;RUS;GOV;Vladimir Putin;Vladimir Putin|Putin|Vladimir Vladimirovich Putin;2000-05-07;2008-05-07;President
p.vladimir-putin-2;RUSGOV;RUS;GOV;Vladimir Putin;Vladimir Putin|Putin|Vladimir Vladimirovich Putin;2008-05-08;2012-05-07;Prime Minister
p.mikhail-mishustin;RUSGOV;RUS;GOV;Mikhail Mishustin;Mikhail Mishustin|Mishustin;2020-01-16;;Prime Minister
p.sergei-lavrov;RUSGOV;RUS;GOV;Sergei Lavrov;Sergei Lavrov|Sergey Lavrov|Lavrov;2004-03-09;;Minister of Foreign Affairs
p.andrei-belousov;RUSGOV;RUS;GOV;Andrei Belousov;Andrei Belousov|Andrey Belousov|Belousov;2024-05-14;;Minister of Defence
p.sergei-shoigu;RUSGOV;RUS;GOV;Sergei Shoigu;Sergei Shoigu|Sergey Shoigu|Shoigu;2012-11-06;2024-05-12;Minister of Defence
p.sergei-shoigu-1;RUSGOV;RUS;GOV;Sergei Shoigu;Sergei Shoigu|Sergey Shoigu|Shoigu;2024-05-12;;Secretary of the Security Council
p.maria-zakharova;RUSGOV;RUS;GOV;Maria Zakharova;Maria Zakharova|Zakharova;2015-08-10;;Foreign Ministry spokesperson
p.dmitry-peskov;RUSGOV;RUS;GOV;Dmitry Peskov;Dmitry Peskov|Dmitri Peskov|Peskov;2012-05-22;;Kremlin spokesman
p.dmitry-medvedev;RUSGOV;RUS;GOV;Dmitry Medvedev;Dmitry Medvedev|Dmitri Medvedev;2020-01-16;;Deputy Chairman of the Security Council
p.valery-gerasimov;RUSMIL;RUS;MIL;Valery Gerasimov;Valery Gerasimov|Valeri Gerasimov|Gerasimov;2012-11-09;;Chief of the General Staff
p.yuri-ushakov;RUSGOV;RUS;GOV;Yuri Ushakov;Yuri Ushakov|Yury Ushakov;2012-05-21;;Presidential foreign policy aide
p.kirill-dmitriev;RUSGOV;RUS;GOV;Kirill Dmitriev;Kirill Dmitriev;2025-02;;Presidential special envoy for economic cooperation
p.vasily-nebenzya;RUSGOV;RUS;GOV;Vasily Nebenzya;Vasily Nebenzya|Vassily Nebenzia|Nebenzya|Nebenzia;2017-07-27;;Permanent Representative to the UN
# ---- United States
p.donald-trump;USAGOV;USA;GOV;Donald Trump;Donald Trump|Donald J. Trump|President Trump|Trump;2025-01-20;;President
p.donald-trump-1;USAGOV;USA;GOV;Donald Trump;Donald Trump|Donald J. Trump|President Trump|Trump;2017-01-20;2021-01-20;President
p.joe-biden;USAGOV;USA;GOV;Joe Biden;Joe Biden|Joseph R. Biden|Joseph Biden|President Biden|Biden;2021-01-20;2025-01-20;President
p.jd-vance;USAGOV;USA;GOV;JD Vance;JD Vance|J.D. Vance|Vice President Vance|Vance;2025-01-20;;Vice President
p.kamala-harris;USAGOV;USA;GOV;Kamala Harris;Kamala Harris|Vice President Harris;2021-01-20;2025-01-20;Vice President
p.marco-rubio;USAGOV;USA;GOV;Marco Rubio;Marco Rubio|Secretary Rubio|Rubio;2025-01-21;;Secretary of State
p.antony-blinken;USAGOV;USA;GOV;Antony Blinken;Antony Blinken|Tony Blinken|Blinken;2021-01-26;2025-01-20;Secretary of State
p.pete-hegseth;USAGOV;USA;GOV;Pete Hegseth;Pete Hegseth|Hegseth;2025-01-25;;Secretary of Defense (Secretary of War)
p.lloyd-austin;USAGOV;USA;GOV;Lloyd Austin;Lloyd Austin|Lloyd J. Austin;2021-01-22;2025-01-20;Secretary of Defense
# Tammy Bruce was nominated in August 2025 as deputy U.N. ambassador; the end of her term as spokesperson is uncertain and left open.
p.tammy-bruce;USAGOV;USA;GOV;Tammy Bruce;Tammy Bruce;2025-01;;State Department spokesperson
p.tommy-pigott;USAGOV;USA;GOV;Tommy Pigott;Tommy Pigott|Thomas Pigott;2025-01;;State Department principal deputy spokesperson
# Matthew Miller's end date is approximate (he left with the Biden administration).
p.matthew-miller;USAGOV;USA;GOV;Matthew Miller;Matthew Miller;2023-05;2025-01-20;State Department spokesperson
p.karoline-leavitt;USAGOV;USA;GOV;Karoline Leavitt;Karoline Leavitt|Leavitt;2025-01-20;;White House Press Secretary
p.steve-witkoff;USAGOV;USA;GOV;Steve Witkoff;Steve Witkoff|Steven Witkoff|Witkoff;2025-01-20;;Special Envoy
p.keith-kellogg;USAGOV;USA;GOV;Keith Kellogg;Keith Kellogg;2025-01-20;;Special Envoy for Ukraine and Russia
p.mike-waltz;USAGOV;USA;GOV;Mike Waltz;Mike Waltz|Michael Waltz|Waltz;2025-01-20;2025-05-01;National Security Advisor
# Waltz's Senate confirmation as UN ambassador: September 2025 (month certain, day not).
p.mike-waltz-1;USAGOV;USA;GOV;Mike Waltz;Mike Waltz|Michael Waltz|Waltz;2025-09;;Ambassador to the United Nations
p.dan-caine;USAMIL;USA;MIL;Dan Caine;Dan Caine|Gen. Dan Caine|John Daniel Caine;2025-04-11;;Chairman of the Joint Chiefs of Staff
p.tulsi-gabbard;USASPY;USA;SPY;Tulsi Gabbard;Tulsi Gabbard|Gabbard;2025-02-12;;Director of National Intelligence
p.john-ratcliffe;USASPY;USA;SPY;John Ratcliffe;John Ratcliffe|Ratcliffe;2025-01-23;;Director of the CIA
p.scott-bessent;USAGOV;USA;GOV;Scott Bessent;Scott Bessent|Bessent;2025-01-28;;Secretary of the Treasury
p.jamieson-greer;USAGOV;USA;GOV;Jamieson Greer;Jamieson Greer;2025-02-27;;U.S. Trade Representative
# ---- North Korea
p.kim-jong-un;PRKGOV;PRK;GOV;Kim Jong Un;Kim Jong Un|Kim Jong-un|Kim Jong-Un;2011-12-17;;Supreme Leader and President of State Affairs
p.choe-son-hui;PRKGOV;PRK;GOV;Choe Son Hui;Choe Son Hui|Choe Son-hui|Choe Sun Hui;2022-06-11;;Minister of Foreign Affairs
p.kim-yo-jong;PRKGOV;PRK;GOV;Kim Yo Jong;Kim Yo Jong|Kim Yo-jong;2021;;Vice Department Director of the WPK Central Committee
# Premier since the end-2024 plenum (date approximate).
p.pak-thae-song;PRKGOV;PRK;GOV;Pak Thae Song;Pak Thae Song|Pak Thae-song;2024-12;;Premier
# Defence minister since October 2024 (month approximate).
p.no-kwang-chol;PRKGOV;PRK;GOV;No Kwang Chol;No Kwang Chol|No Kwang-chol;2024-10;;Minister of National Defence
# ---- Iran
p.ali-khamenei;IRNGOV;IRN;GOV;Ali Khamenei;Ali Khamenei|Ayatollah Ali Khamenei|Ayatollah Khamenei|Khamenei;1989-06-04;;Supreme Leader
p.masoud-pezeshkian;IRNGOV;IRN;GOV;Masoud Pezeshkian;Masoud Pezeshkian|Pezeshkian;2024-07-28;;President
p.ebrahim-raisi;IRNGOV;IRN;GOV;Ebrahim Raisi;Ebrahim Raisi|Raisi;2021-08-03;2024-05-19;President
p.abbas-araghchi;IRNGOV;IRN;GOV;Abbas Araghchi;Abbas Araghchi|Araghchi|Abbas Araqchi|Araqchi;2024-08-21;;Minister of Foreign Affairs
p.esmaeil-baghaei;IRNGOV;IRN;GOV;Esmaeil Baghaei;Esmaeil Baghaei|Esmail Baghaei|Ismail Baghaei|Baghaei;2024-08;;Foreign Ministry spokesperson
p.aziz-nasirzadeh;IRNGOV;IRN;GOV;Aziz Nasirzadeh;Aziz Nasirzadeh|Nasirzadeh;2024-08-21;;Minister of Defence
p.mohammad-bagher-ghalibaf;IRNLEG;IRN;LEG;Mohammad Bagher Ghalibaf;Mohammad Bagher Ghalibaf|Mohammad Baqer Qalibaf|Ghalibaf|Qalibaf;2020-05-28;;Speaker of Parliament
p.ali-larijani;IRNGOV;IRN;GOV;Ali Larijani;Ali Larijani|Larijani;2025-08;;Secretary of the Supreme National Security Council
# ---- Israel
p.benjamin-netanyahu;ISRGOV;ISR;GOV;Benjamin Netanyahu;Benjamin Netanyahu|Netanyahu|Bibi Netanyahu;2022-12-29;;Prime Minister
p.benjamin-netanyahu-1;ISRGOV;ISR;GOV;Benjamin Netanyahu;Benjamin Netanyahu|Netanyahu|Bibi Netanyahu;2009-03-31;2021-06-13;Prime Minister
p.benjamin-netanyahu-2;ISROPP;ISR;OPP;Benjamin Netanyahu;Benjamin Netanyahu|Netanyahu|Bibi Netanyahu;2021-06-13;2022-12-29;Leader of the Opposition
p.isaac-herzog;ISRGOV;ISR;GOV;Isaac Herzog;Isaac Herzog|Herzog;2021-07-07;;President
# The November 2024 changes (Gallant dismissed, Katz to defence, Saar to foreign affairs) took effect a few days
# after the 5 November announcement: recorded with month precision.
p.gideon-saar;ISRGOV;ISR;GOV;Gideon Saar;Gideon Saar|Gideon Sa'ar|Sa'ar;2024-11;;Minister of Foreign Affairs
p.israel-katz;ISRGOV;ISR;GOV;Israel Katz;Israel Katz;2024-11;;Minister of Defense
p.israel-katz-1;ISRGOV;ISR;GOV;Israel Katz;Israel Katz;2024-01-01;2024-11;Minister of Foreign Affairs
p.yoav-gallant;ISRGOV;ISR;GOV;Yoav Gallant;Yoav Gallant|Gallant;2022-12-29;2024-11;Minister of Defense
p.eyal-zamir;ISRMIL;ISR;MIL;Eyal Zamir;Eyal Zamir|Zamir;2025-03-05;;IDF Chief of the General Staff
p.herzi-halevi;ISRMIL;ISR;MIL;Herzi Halevi;Herzi Halevi|Halevi;2023-01-16;2025-03-05;IDF Chief of the General Staff
# ---- United Kingdom
p.keir-starmer;GBRGOV;GBR;GOV;Keir Starmer;Keir Starmer|Sir Keir Starmer|Starmer;2024-07-05;;Prime Minister
p.rishi-sunak;GBRGOV;GBR;GOV;Rishi Sunak;Rishi Sunak|Sunak;2022-10-25;2024-07-05;Prime Minister
p.david-lammy;GBRGOV;GBR;GOV;David Lammy;David Lammy|Lammy;2024-07-05;2025-09-05;Foreign Secretary
p.david-lammy-1;GBRGOV;GBR;GOV;David Lammy;David Lammy|Lammy;2025-09-05;;Deputy Prime Minister and Justice Secretary
p.yvette-cooper;GBRGOV;GBR;GOV;Yvette Cooper;Yvette Cooper;2025-09-05;;Foreign Secretary
p.yvette-cooper-1;GBRGOV;GBR;GOV;Yvette Cooper;Yvette Cooper;2024-07-05;2025-09-05;Home Secretary
p.john-healey;GBRGOV;GBR;GOV;John Healey;John Healey|Healey;2024-07-05;;Defence Secretary
p.king-charles;GBRGOV;GBR;GOV;King Charles III;King Charles|King Charles III;2022-09-08;;King
# ---- France
p.emmanuel-macron;FRAGOV;FRA;GOV;Emmanuel Macron;Emmanuel Macron|Macron;2017-05-14;;President
p.michel-barnier;FRAGOV;FRA;GOV;Michel Barnier;Michel Barnier|Barnier;2024-09-05;2024-12-13;Prime Minister
p.francois-bayrou;FRAGOV;FRA;GOV;François Bayrou;François Bayrou|Francois Bayrou|Bayrou;2024-12-13;2025-09-09;Prime Minister
p.sebastien-lecornu;FRAGOV;FRA;GOV;Sébastien Lecornu;Sébastien Lecornu|Sebastien Lecornu|Lecornu;2025-09-09;;Prime Minister
p.sebastien-lecornu-1;FRAGOV;FRA;GOV;Sébastien Lecornu;Sébastien Lecornu|Sebastien Lecornu|Lecornu;2022-05-20;2025-09-09;Minister of the Armed Forces
p.catherine-vautrin;FRAGOV;FRA;GOV;Catherine Vautrin;Catherine Vautrin|Vautrin;2025-10-12;;Minister of the Armed Forces
p.jean-noel-barrot;FRAGOV;FRA;GOV;Jean-Noël Barrot;Jean-Noël Barrot|Jean-Noel Barrot|Barrot;2024-09-21;;Minister for Europe and Foreign Affairs
# ---- Germany
p.friedrich-merz;DEUGOV;DEU;GOV;Friedrich Merz;Friedrich Merz|Merz;2025-05-06;;Chancellor
p.olaf-scholz;DEUGOV;DEU;GOV;Olaf Scholz;Olaf Scholz|Scholz;2021-12-08;2025-05-06;Chancellor
p.frank-walter-steinmeier;DEUGOV;DEU;GOV;Frank-Walter Steinmeier;Frank-Walter Steinmeier|Steinmeier;2017-03-19;;President
p.johann-wadephul;DEUGOV;DEU;GOV;Johann Wadephul;Johann Wadephul|Wadephul;2025-05-06;;Foreign Minister
p.annalena-baerbock;DEUGOV;DEU;GOV;Annalena Baerbock;Annalena Baerbock|Baerbock;2021-12-08;2025-05-06;Foreign Minister
p.annalena-baerbock-1;IGOUNO;;IGO;Annalena Baerbock;Annalena Baerbock|Baerbock;2025-09-09;;President of the UN General Assembly
p.boris-pistorius;DEUGOV;DEU;GOV;Boris Pistorius;Boris Pistorius|Pistorius;2023-01-19;;Defence Minister
# ---- India
p.narendra-modi;INDGOV;IND;GOV;Narendra Modi;Narendra Modi|Modi;2014-05-26;;Prime Minister
p.droupadi-murmu;INDGOV;IND;GOV;Droupadi Murmu;Droupadi Murmu|Murmu;2022-07-25;;President
p.s-jaishankar;INDGOV;IND;GOV;S. Jaishankar;S. Jaishankar|S Jaishankar|Subrahmanyam Jaishankar|Jaishankar;2019-05-30;;Minister of External Affairs
p.rajnath-singh;INDGOV;IND;GOV;Rajnath Singh;Rajnath Singh;2019-05-31;;Minister of Defence
# MEA spokesperson since early 2024 (month approximate).
p.randhir-jaiswal;INDGOV;IND;GOV;Randhir Jaiswal;Randhir Jaiswal;2024-01;;External Affairs Ministry spokesperson
# ---- Brazil
p.lula;BRAGOV;BRA;GOV;Luiz Inácio Lula da Silva;Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva|Lula da Silva|Lula;2023-01-01;;President
p.mauro-vieira;BRAGOV;BRA;GOV;Mauro Vieira;Mauro Vieira;2023-01-01;;Minister of Foreign Affairs
p.jose-mucio;BRAGOV;BRA;GOV;José Múcio;José Múcio|Jose Mucio|José Múcio Monteiro;2023-01-01;;Minister of Defence
# ---- Argentina
p.javier-milei;ARGGOV;ARG;GOV;Javier Milei;Javier Milei|Milei;2023-12-10;;President
p.diana-mondino;ARGGOV;ARG;GOV;Diana Mondino;Diana Mondino|Mondino;2023-12-10;2024-10-30;Minister of Foreign Affairs
# Werthein resigned in October 2025 and Pablo Quirno replaced him (day approximate).
p.gerardo-werthein;ARGGOV;ARG;GOV;Gerardo Werthein;Gerardo Werthein|Werthein;2024-10-30;2025-10;Minister of Foreign Affairs
p.pablo-quirno;ARGGOV;ARG;GOV;Pablo Quirno;Pablo Quirno|Quirno;2025-10;;Minister of Foreign Affairs
# Petri left for Congress in December 2025.
p.luis-petri;ARGGOV;ARG;GOV;Luis Petri;Luis Petri;2023-12-10;2025-12;Minister of Defence
# Lt. Gen. Carlos Presti (army chief) succeeded Petri in December 2025 (day approximate); a serving officer: MIL.
p.carlos-presti;ARGMIL;ARG;MIL;Carlos Presti;Carlos Presti;2025-12;;Minister of Defence
# ---- Australia
p.anthony-albanese;AUSGOV;AUS;GOV;Anthony Albanese;Anthony Albanese|Prime Minister Albanese;2022-05-23;;Prime Minister
p.penny-wong;AUSGOV;AUS;GOV;Penny Wong;Penny Wong;2022-05-23;;Minister for Foreign Affairs
p.richard-marles;AUSGOV;AUS;GOV;Richard Marles;Richard Marles;2022-06-01;;Deputy Prime Minister and Minister for Defence
# ---- Canada
p.mark-carney;CANGOV;CAN;GOV;Mark Carney;Mark Carney|Carney;2025-03-14;;Prime Minister
p.justin-trudeau;CANGOV;CAN;GOV;Justin Trudeau;Justin Trudeau|Trudeau;2015-11-04;2025-03-14;Prime Minister
p.melanie-joly;CANGOV;CAN;GOV;Mélanie Joly;Mélanie Joly|Melanie Joly;2021-10-26;2025-05-13;Minister of Foreign Affairs
p.anita-anand;CANGOV;CAN;GOV;Anita Anand;Anita Anand;2025-05-13;;Minister of Foreign Affairs
p.bill-blair;CANGOV;CAN;GOV;Bill Blair;Bill Blair;2023-07-26;2025-05-13;Minister of National Defence
p.david-mcguinty;CANGOV;CAN;GOV;David McGuinty;David McGuinty;2025-05-13;;Minister of National Defence
# ---- Japan
p.sanae-takaichi;JPNGOV;JPN;GOV;Sanae Takaichi;Sanae Takaichi|Takaichi;2025-10-21;;Prime Minister
p.shigeru-ishiba;JPNGOV;JPN;GOV;Shigeru Ishiba;Shigeru Ishiba|Ishiba;2024-10-01;2025-10-21;Prime Minister
p.fumio-kishida;JPNGOV;JPN;GOV;Fumio Kishida;Fumio Kishida|Kishida;2021-10-04;2024-10-01;Prime Minister
p.takeshi-iwaya;JPNGOV;JPN;GOV;Takeshi Iwaya;Takeshi Iwaya|Iwaya;2024-10-01;2025-10-21;Minister for Foreign Affairs
p.toshimitsu-motegi;JPNGOV;JPN;GOV;Toshimitsu Motegi;Toshimitsu Motegi|Motegi;2025-10-21;;Minister for Foreign Affairs
p.gen-nakatani;JPNGOV;JPN;GOV;Gen Nakatani;Gen Nakatani|Nakatani;2024-10-01;2025-10-21;Minister of Defense
p.shinjiro-koizumi;JPNGOV;JPN;GOV;Shinjiro Koizumi;Shinjiro Koizumi;2025-10-21;;Minister of Defense
p.yoshimasa-hayashi;JPNGOV;JPN;GOV;Yoshimasa Hayashi;Yoshimasa Hayashi;2023-12-14;2025-10-21;Chief Cabinet Secretary
p.minoru-kihara;JPNGOV;JPN;GOV;Minoru Kihara;Minoru Kihara|Kihara;2025-10-21;;Chief Cabinet Secretary
p.naruhito;JPNGOV;JPN;GOV;Emperor Naruhito;Emperor Naruhito|Naruhito;2019-05-01;;Emperor
# ---- South Korea
p.lee-jae-myung;KORGOV;KOR;GOV;Lee Jae-myung;Lee Jae-myung|Lee Jae Myung|President Lee Jae-myung;2025-06-04;;President
p.yoon-suk-yeol;KORGOV;KOR;GOV;Yoon Suk Yeol;Yoon Suk Yeol|Yoon Suk-yeol|President Yoon;2022-05-10;2025-04-04;President
p.han-duck-soo;KORGOV;KOR;GOV;Han Duck-soo;Han Duck-soo|Han Duck Soo;2022-05-21;2025-05-01;Prime Minister (acting President Dec 2024 and Mar-May 2025)
p.kim-min-seok;KORGOV;KOR;GOV;Kim Min-seok;Kim Min-seok|Kim Min Seok;2025-07-03;;Prime Minister
# Cho Hyun took office as foreign minister in July 2025 (day approximate); Cho Tae-yul served until then.
p.cho-hyun;KORGOV;KOR;GOV;Cho Hyun;Cho Hyun;2025-07;;Minister of Foreign Affairs
p.cho-tae-yul;KORGOV;KOR;GOV;Cho Tae-yul;Cho Tae-yul|Cho Tae Yul;2024-01-12;2025-07;Minister of Foreign Affairs
# Ahn Gyu-back became defence minister in July 2025 (day approximate).
p.kim-yong-hyun;KORGOV;KOR;GOV;Kim Yong-hyun;Kim Yong-hyun|Kim Yong Hyun;2024-09-06;2024-12-05;Minister of National Defense
p.ahn-gyu-back;KORGOV;KOR;GOV;Ahn Gyu-back;Ahn Gyu-back|Ahn Gyu Back;2025-07;;Minister of National Defense
# ---- Indonesia
p.prabowo-subianto;IDNGOV;IDN;GOV;Prabowo Subianto;Prabowo Subianto|Prabowo;2024-10-20;;President
p.joko-widodo;IDNGOV;IDN;GOV;Joko Widodo;Joko Widodo|Jokowi;2014-10-20;2024-10-20;President
p.sugiono;IDNGOV;IDN;GOV;Sugiono;Sugiono;2024-10-21;;Minister of Foreign Affairs
p.sjafrie-sjamsoeddin;IDNGOV;IDN;GOV;Sjafrie Sjamsoeddin;Sjafrie Sjamsoeddin;2024-10-21;;Minister of Defence
# ---- Italy
p.giorgia-meloni;ITAGOV;ITA;GOV;Giorgia Meloni;Giorgia Meloni|Meloni;2022-10-22;;Prime Minister
p.sergio-mattarella;ITAGOV;ITA;GOV;Sergio Mattarella;Sergio Mattarella|Mattarella;2015-02-03;;President
p.antonio-tajani;ITAGOV;ITA;GOV;Antonio Tajani;Antonio Tajani|Tajani;2022-10-22;;Minister of Foreign Affairs
p.guido-crosetto;ITAGOV;ITA;GOV;Guido Crosetto;Guido Crosetto|Crosetto;2022-10-22;;Minister of Defence
# ---- Mexico
p.claudia-sheinbaum;MEXGOV;MEX;GOV;Claudia Sheinbaum;Claudia Sheinbaum|Sheinbaum;2024-10-01;;President
p.andres-manuel-lopez-obrador;MEXGOV;MEX;GOV;Andrés Manuel López Obrador;Andrés Manuel López Obrador|Andres Manuel Lopez Obrador|Lopez Obrador|López Obrador|AMLO;2018-12-01;2024-10-01;President
# Foreign secretary: de la Fuente is the holder recorded here; a mid-2025 change is possible and not verified.
p.juan-ramon-de-la-fuente;MEXGOV;MEX;GOV;Juan Ramón de la Fuente;Juan Ramón de la Fuente|Juan Ramon de la Fuente;2024-10-01;;Secretary of Foreign Affairs
# Secretary of National Defence is a serving general: coded MIL.
p.ricardo-trevilla;MEXMIL;MEX;MIL;Ricardo Trevilla Trejo;Ricardo Trevilla Trejo|Ricardo Trevilla|Trevilla;2024-10-01;;Secretary of National Defense
# ---- Saudi Arabia
p.salman-bin-abdulaziz;SAUGOV;SAU;GOV;King Salman bin Abdulaziz;King Salman|Salman bin Abdulaziz|King Salman bin Abdulaziz;2015-01-23;;King
p.mohammed-bin-salman;SAUGOV;SAU;GOV;Mohammed bin Salman;Mohammed bin Salman|Mohammad bin Salman|Crown Prince Mohammed bin Salman|MBS;2022-09-27;;Crown Prince and Prime Minister
p.faisal-bin-farhan;SAUGOV;SAU;GOV;Faisal bin Farhan;Faisal bin Farhan|Prince Faisal bin Farhan|Faisal bin Farhan Al Saud;2019-10-23;;Minister of Foreign Affairs
p.khalid-bin-salman;SAUGOV;SAU;GOV;Khalid bin Salman;Khalid bin Salman|Prince Khalid bin Salman;2022-09-27;;Minister of Defense
# ---- South Africa
p.cyril-ramaphosa;ZAFGOV;ZAF;GOV;Cyril Ramaphosa;Cyril Ramaphosa|Ramaphosa;2018-02-15;;President
p.ronald-lamola;ZAFGOV;ZAF;GOV;Ronald Lamola;Ronald Lamola|Lamola;2024-07-03;;Minister of International Relations and Cooperation
p.naledi-pandor;ZAFGOV;ZAF;GOV;Naledi Pandor;Naledi Pandor|Pandor;2019-05-30;2024-07-03;Minister of International Relations and Cooperation
p.angie-motshekga;ZAFGOV;ZAF;GOV;Angie Motshekga;Angie Motshekga|Motshekga;2024-07-03;;Minister of Defence and Military Veterans
p.chrispin-phiri;ZAFGOV;ZAF;GOV;Chrispin Phiri;Chrispin Phiri;2022;;DIRCO spokesperson
# ---- Turkey
p.recep-tayyip-erdogan;TURGOV;TUR;GOV;Recep Tayyip Erdoğan;Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Tayyip Erdogan|Tayyip Erdoğan|Erdogan|Erdoğan;2014-08-28;;President
p.hakan-fidan;TURGOV;TUR;GOV;Hakan Fidan;Hakan Fidan|Fidan;2023-06-04;;Minister of Foreign Affairs
p.yasar-guler;TURGOV;TUR;GOV;Yaşar Güler;Yaşar Güler|Yasar Guler;2023-06-04;;Minister of National Defence
# ---- European Union
p.ursula-von-der-leyen;IGOEUREEC;;IGO;Ursula von der Leyen;Ursula von der Leyen|von der Leyen|Von der Leyen;2019-12-01;;President of the European Commission
p.kaja-kallas;IGOEUREEC;;IGO;Kaja Kallas;Kaja Kallas|Kallas;2024-12-01;;EU High Representative for Foreign Affairs and Security Policy
p.josep-borrell;IGOEUREEC;;IGO;Josep Borrell;Josep Borrell|Borrell;2019-12-01;2024-12-01;EU High Representative for Foreign Affairs and Security Policy
p.antonio-costa;IGOEUREEC;;IGO;António Costa;António Costa|Antonio Costa;2024-12-01;;President of the European Council
p.charles-michel;IGOEUREEC;;IGO;Charles Michel;Charles Michel;2019-12-01;2024-12-01;President of the European Council
p.roberta-metsola;IGOEUREEC;;IGO;Roberta Metsola;Roberta Metsola|Metsola;2022-01-18;;President of the European Parliament
# ---- African Union (Youssouf elected chair 2025-02-15; took office in March 2025, day approximate)
p.mahmoud-ali-youssouf;IGOAFRAFU;;IGO;Mahmoud Ali Youssouf;Mahmoud Ali Youssouf|Mahmoud Youssouf;2025-03;;Chairperson of the African Union Commission
p.moussa-faki;IGOAFRAFU;;IGO;Moussa Faki Mahamat;Moussa Faki Mahamat|Moussa Faki;2017-03-14;2025-03;Chairperson of the African Union Commission
# ---- United Nations and agencies
p.antonio-guterres;IGOUNO;;IGO;António Guterres;António Guterres|Antonio Guterres|Guterres;2017-01-01;;UN Secretary-General
p.stephane-dujarric;IGOUNO;;IGO;Stéphane Dujarric;Stéphane Dujarric|Stephane Dujarric|Dujarric;2014-03;;UN spokesperson
p.volker-turk;IGOUNOHRIHCH;;IGO;Volker Türk;Volker Türk|Volker Turk;2022-10-17;;UN High Commissioner for Human Rights
p.rafael-grossi;IGOUNOIAE;;IGO;Rafael Grossi;Rafael Grossi|Rafael Mariano Grossi|Grossi;2019-12-03;;Director General of the IAEA
p.tedros;IGOUNOHLHWHO;;IGO;Tedros Adhanom Ghebreyesus;Tedros Adhanom Ghebreyesus|Tedros Adhanom|Tedros;2017-07-01;;Director-General of the WHO
p.tom-fletcher;IGOUNO;;IGO;Tom Fletcher;Tom Fletcher;2024-11;;UN Under-Secretary-General for Humanitarian Affairs
p.filippo-grandi;IGOUNOREFHCR;;IGO;Filippo Grandi;Filippo Grandi;2016-01-01;;UN High Commissioner for Refugees
p.philippe-lazzarini;IGOUNOREF;;IGO;Philippe Lazzarini;Philippe Lazzarini|Lazzarini;2020-03;;Commissioner-General of UNRWA
p.kristalina-georgieva;IGOBUSIMF;;IGO;Kristalina Georgieva;Kristalina Georgieva|Georgieva;2019-10-01;;Managing Director of the IMF
# ---- NATO
p.mark-rutte;IGOWSTNAT;;IGO;Mark Rutte;Mark Rutte|Rutte;2024-10-01;;NATO Secretary General
p.jens-stoltenberg;IGOWSTNAT;;IGO;Jens Stoltenberg;Jens Stoltenberg|Stoltenberg;2014-10-01;2024-10-01;NATO Secretary General
p.jens-stoltenberg-1;NORGOV;NOR;GOV;Jens Stoltenberg;Jens Stoltenberg|Stoltenberg;2025-02-04;;Minister of Finance
# ---- Historical office-holders (terms as recorded; for archives and the CAMEO-era wire texts). Bare surnames
# only where they are unambiguous in news; the date picks among one person's terms.
p.jimmy-carter;USAGOV;USA;GOV;Jimmy Carter;Jimmy Carter|President Carter;1977-01-20;1981-01-20;President
p.ronald-reagan;USAGOV;USA;GOV;Ronald Reagan;Ronald Reagan|President Reagan|Reagan;1981-01-20;1989-01-20;President
p.george-h-w-bush;USAGOV;USA;GOV;George H. W. Bush;George H. W. Bush|George H.W. Bush|George Bush Sr.;1989-01-20;1993-01-20;President
p.bill-clinton;USAGOV;USA;GOV;Bill Clinton;Bill Clinton|William Jefferson Clinton|President Clinton;1993-01-20;2001-01-20;President
p.george-w-bush;USAGOV;USA;GOV;George W. Bush;George W. Bush|George Bush|President Bush|Bush;2001-01-20;2009-01-20;President
p.barack-obama;USAGOV;USA;GOV;Barack Obama;Barack Obama|Barack H. Obama|President Obama|Obama;2009-01-20;2017-01-20;President
p.joe-biden-1;USAGOV;USA;GOV;Joe Biden;Joe Biden|Joseph R. Biden|Joseph Biden|President Biden|Biden;2009-01-20;2017-01-20;Vice President
p.dick-cheney;USAGOV;USA;GOV;Dick Cheney;Dick Cheney|Cheney;2001-01-20;2009-01-20;Vice President
p.al-gore;USAGOV;USA;GOV;Al Gore;Al Gore|Vice President Gore;1993-01-20;2001-01-20;Vice President
p.james-baker;USAGOV;USA;GOV;James Baker;James Baker|James A. Baker;1989-01-25;1992-08-23;Secretary of State
p.warren-christopher;USAGOV;USA;GOV;Warren Christopher;Warren Christopher;1993-01-20;1997-01-17;Secretary of State
p.madeleine-albright;USAGOV;USA;GOV;Madeleine Albright;Madeleine Albright|Albright;1997-01-23;2001-01-20;Secretary of State
p.colin-powell;USAGOV;USA;GOV;Colin Powell;Colin Powell;2001-01-20;2005-01-26;Secretary of State
p.condoleezza-rice;USAGOV;USA;GOV;Condoleezza Rice;Condoleezza Rice;2005-01-26;2009-01-20;Secretary of State
p.john-kerry;USAGOV;USA;GOV;John Kerry;John Kerry|Secretary Kerry;2013-02-01;2017-01-20;Secretary of State
p.mike-pompeo;USAGOV;USA;GOV;Mike Pompeo;Mike Pompeo|Pompeo;2018-04-26;2021-01-20;Secretary of State
p.donald-rumsfeld;USAGOV;USA;GOV;Donald Rumsfeld;Donald Rumsfeld|Rumsfeld;2001-01-20;2006-12-18;Secretary of Defense
p.william-cohen;USAGOV;USA;GOV;William Cohen;William Cohen|William S. Cohen;1997-01-24;2001-01-20;Secretary of Defense
p.mikhail-gorbachev;RUSGOV;RUS;GOV;Mikhail Gorbachev;Mikhail Gorbachev|Gorbachev;1985-03-11;1991-12-25;General Secretary of the Soviet Communist Party, then President of the Soviet Union
p.boris-yeltsin;RUSGOV;RUS;GOV;Boris Yeltsin;Boris Yeltsin|Yeltsin;1991-07-10;1999-12-31;President
p.vladimir-putin-3;RUSGOV;RUS;GOV;Vladimir Putin;Vladimir Putin|Putin|Vladimir Vladimirovich Putin;1999-08-16;2000-05-07;Prime Minister, then Acting President
p.dmitry-medvedev-1;RUSGOV;RUS;GOV;Dmitry Medvedev;Dmitry Medvedev|Dmitri Medvedev;2008-05-07;2012-05-07;President
p.dmitry-medvedev-2;RUSGOV;RUS;GOV;Dmitry Medvedev;Dmitry Medvedev|Dmitri Medvedev;2012-05-08;2020-01-16;Prime Minister
p.yevgeny-primakov;RUSGOV;RUS;GOV;Yevgeny Primakov;Yevgeny Primakov|Yevgeni Primakov|Primakov;1996-01-09;1999-05-12;Minister of Foreign Affairs, then Prime Minister
p.igor-ivanov;RUSGOV;RUS;GOV;Igor Ivanov;Igor Ivanov;1998-09-11;2004-03-09;Minister of Foreign Affairs
p.deng-xiaoping;CHNGOV;CHN;GOV;Deng Xiaoping;Deng Xiaoping|Deng;1978-12-22;1992-10;Paramount leader
p.jiang-zemin;CHNGOV;CHN;GOV;Jiang Zemin;Jiang Zemin|President Jiang;1993-03-27;2003-03-15;President
p.li-peng;CHNGOV;CHN;GOV;Li Peng;Li Peng;1988-04-09;1998-03-17;Premier
p.zhu-rongji;CHNGOV;CHN;GOV;Zhu Rongji;Zhu Rongji;1998-03-17;2003-03-16;Premier
p.hu-jintao;CHNGOV;CHN;GOV;Hu Jintao;Hu Jintao|President Hu;2003-03-15;2013-03-14;President
p.wen-jiabao;CHNGOV;CHN;GOV;Wen Jiabao;Wen Jiabao|Premier Wen;2003-03-16;2013-03-15;Premier
p.qian-qichen;CHNGOV;CHN;GOV;Qian Qichen;Qian Qichen;1988-04;1998-03;Minister of Foreign Affairs
p.tang-jiaxuan;CHNGOV;CHN;GOV;Tang Jiaxuan;Tang Jiaxuan;1998-03;2003-03;Minister of Foreign Affairs
p.margaret-thatcher;GBRGOV;GBR;GOV;Margaret Thatcher;Margaret Thatcher|Thatcher;1979-05-04;1990-11-28;Prime Minister
p.john-major;GBRGOV;GBR;GOV;John Major;John Major;1990-11-28;1997-05-02;Prime Minister
p.tony-blair;GBRGOV;GBR;GOV;Tony Blair;Tony Blair|Blair;1997-05-02;2007-06-27;Prime Minister
p.gordon-brown;GBRGOV;GBR;GOV;Gordon Brown;Gordon Brown;2007-06-27;2010-05-11;Prime Minister
p.david-cameron;GBRGOV;GBR;GOV;David Cameron;David Cameron;2010-05-11;2016-07-13;Prime Minister
p.theresa-may;GBRGOV;GBR;GOV;Theresa May;Theresa May;2016-07-13;2019-07-24;Prime Minister
p.boris-johnson;GBRGOV;GBR;GOV;Boris Johnson;Boris Johnson;2019-07-24;2022-09-06;Prime Minister
p.robin-cook;GBRGOV;GBR;GOV;Robin Cook;Robin Cook;1997-05-02;2001-06-08;Foreign Secretary
p.jack-straw;GBRGOV;GBR;GOV;Jack Straw;Jack Straw;2001-06-08;2006-05-05;Foreign Secretary
p.francois-mitterrand;FRAGOV;FRA;GOV;François Mitterrand;François Mitterrand|Francois Mitterrand|Mitterrand;1981-05-21;1995-05-17;President
p.jacques-chirac;FRAGOV;FRA;GOV;Jacques Chirac;Jacques Chirac|Chirac;1995-05-17;2007-05-16;President
p.nicolas-sarkozy;FRAGOV;FRA;GOV;Nicolas Sarkozy;Nicolas Sarkozy|Sarkozy;2007-05-16;2012-05-15;President
p.francois-hollande;FRAGOV;FRA;GOV;François Hollande;François Hollande|Francois Hollande|Hollande;2012-05-15;2017-05-14;President
p.lionel-jospin;FRAGOV;FRA;GOV;Lionel Jospin;Lionel Jospin|Jospin;1997-06-02;2002-05-06;Prime Minister
p.helmut-kohl;DEUGOV;DEU;GOV;Helmut Kohl;Helmut Kohl|Kohl;1982-10-01;1998-10-27;Chancellor
p.gerhard-schroeder;DEUGOV;DEU;GOV;Gerhard Schröder;Gerhard Schröder|Gerhard Schroeder|Schröder|Schroeder;1998-10-27;2005-11-22;Chancellor
p.angela-merkel;DEUGOV;DEU;GOV;Angela Merkel;Angela Merkel|Chancellor Merkel|Merkel;2005-11-22;2021-12-08;Chancellor
p.joschka-fischer;DEUGOV;DEU;GOV;Joschka Fischer;Joschka Fischer;1998-10-27;2005-11-22;Foreign Minister
p.yitzhak-shamir;ISRGOV;ISR;GOV;Yitzhak Shamir;Yitzhak Shamir;1986-10-20;1992-07-13;Prime Minister
p.yitzhak-rabin;ISRGOV;ISR;GOV;Yitzhak Rabin;Yitzhak Rabin|Rabin;1992-07-13;1995-11-04;Prime Minister
p.shimon-peres;ISRGOV;ISR;GOV;Shimon Peres;Shimon Peres|Peres;1995-11-04;1996-06-18;Prime Minister
p.shimon-peres-1;ISRGOV;ISR;GOV;Shimon Peres;Shimon Peres|Peres;2007-07-15;2014-07-24;President
p.benjamin-netanyahu-3;ISRGOV;ISR;GOV;Benjamin Netanyahu;Benjamin Netanyahu|Netanyahu|Bibi Netanyahu;1996-06-18;1999-07-06;Prime Minister
p.ehud-barak;ISRGOV;ISR;GOV;Ehud Barak;Ehud Barak;1999-07-06;2001-03-07;Prime Minister
p.ariel-sharon;ISRGOV;ISR;GOV;Ariel Sharon;Ariel Sharon;2001-03-07;2006-04-14;Prime Minister
p.ehud-olmert;ISRGOV;ISR;GOV;Ehud Olmert;Ehud Olmert|Olmert;2006-04-14;2009-03-31;Prime Minister
p.naftali-bennett;ISRGOV;ISR;GOV;Naftali Bennett;Naftali Bennett;2021-06-13;2022-06-30;Prime Minister
p.yair-lapid;ISRGOV;ISR;GOV;Yair Lapid;Yair Lapid;2022-07-01;2022-12-29;Prime Minister
p.yasser-arafat;PSEGOV;PSE;GOV;Yasser Arafat;Yasser Arafat|Yasir Arafat|Arafat;1994-07-05;2004-11-11;President of the Palestinian Authority
p.saddam-hussein;IRQGOV;IRQ;GOV;Saddam Hussein;Saddam Hussein|Saddam;1979-07-16;2003-04-09;President
p.tariq-aziz;IRQGOV;IRQ;GOV;Tariq Aziz;Tariq Aziz|Tareq Aziz;1979;2003-04-09;Deputy Prime Minister
p.ruhollah-khomeini;IRNGOV;IRN;GOV;Ruhollah Khomeini;Ruhollah Khomeini|Ayatollah Khomeini|Khomeini;1979-12-03;1989-06-03;Supreme Leader
p.akbar-hashemi-rafsanjani;IRNGOV;IRN;GOV;Akbar Hashemi Rafsanjani;Akbar Hashemi Rafsanjani|Hashemi Rafsanjani|Rafsanjani;1989-08-03;1997-08-03;President
p.mohammad-khatami;IRNGOV;IRN;GOV;Mohammad Khatami;Mohammad Khatami|Mohammed Khatami|Khatami;1997-08-03;2005-08-03;President
p.mahmoud-ahmadinejad;IRNGOV;IRN;GOV;Mahmoud Ahmadinejad;Mahmoud Ahmadinejad|Ahmadinejad;2005-08-03;2013-08-03;President
p.hassan-rouhani;IRNGOV;IRN;GOV;Hassan Rouhani;Hassan Rouhani|Rouhani;2013-08-03;2021-08-03;President
p.kamal-kharrazi;IRNGOV;IRN;GOV;Kamal Kharrazi;Kamal Kharrazi|Kharrazi;1997-08-20;2005-08-24;Minister of Foreign Affairs
p.mohammad-javad-zarif;IRNGOV;IRN;GOV;Mohammad Javad Zarif;Mohammad Javad Zarif|Javad Zarif|Zarif;2013-08-15;2021-08-25;Minister of Foreign Affairs
p.slobodan-milosevic;SRBGOV;SRB;GOV;Slobodan Milošević;Slobodan Milošević|Slobodan Milosevic|Milošević|Milosevic;1989-05-08;2000-10-07;President of Serbia, then of Yugoslavia
p.vojislav-kostunica;SRBGOV;SRB;GOV;Vojislav Koštunica;Vojislav Koštunica|Vojislav Kostunica|Koštunica|Kostunica;2000-10-07;2003-03-07;President of Yugoslavia
p.franjo-tudjman;HRVGOV;HRV;GOV;Franjo Tuđman;Franjo Tuđman|Franjo Tudjman|Franjo Tudman|Tuđman|Tudjman;1990-05-30;1999-12-10;President
p.alija-izetbegovic;BIHGOV;BIH;GOV;Alija Izetbegović;Alija Izetbegović|Alija Izetbegovic|Izetbegović|Izetbegovic;1990-12-20;2000-10-14;Chairman of the Presidency
p.hosni-mubarak;EGYGOV;EGY;GOV;Hosni Mubarak;Hosni Mubarak|Mubarak;1981-10-14;2011-02-11;President
p.amr-moussa;EGYGOV;EGY;GOV;Amr Moussa;Amr Moussa|Amr Mussa;1991-05-20;2001-05-15;Minister of Foreign Affairs
p.king-hussein;JORGOV;JOR;GOV;King Hussein;King Hussein|King Hussein of Jordan;1952-08-11;1999-02-07;King
p.king-fahd;SAUGOV;SAU;GOV;King Fahd;King Fahd|King Fahd bin Abdulaziz;1982-06-13;2005-08-01;King
p.muammar-gaddafi;LBYGOV;LBY;GOV;Muammar Gaddafi;Muammar Gaddafi|Moammar Gadhafi|Muammar Qaddafi|Muammar al-Qaddafi|Gaddafi|Gadhafi|Qaddafi|Kadhafi;1969-09-01;2011-08-23;Leader of Libya
p.fidel-castro;CUBGOV;CUB;GOV;Fidel Castro;Fidel Castro;1959-02-16;2008-02-24;Prime Minister, then President
p.raul-castro;CUBGOV;CUB;GOV;Raúl Castro;Raúl Castro|Raul Castro;2008-02-24;2018-04-19;President
p.kim-il-sung;PRKGOV;PRK;GOV;Kim Il Sung;Kim Il Sung|Kim Il-sung;1948-09-09;1994-07-08;Leader of North Korea
p.kim-jong-il;PRKGOV;PRK;GOV;Kim Jong Il;Kim Jong Il|Kim Jong-il;1994-07-08;2011-12-17;Leader of North Korea
p.kim-young-sam;KORGOV;KOR;GOV;Kim Young-sam;Kim Young-sam|Kim Young Sam;1993-02-25;1998-02-25;President
p.kim-dae-jung;KORGOV;KOR;GOV;Kim Dae-jung;Kim Dae-jung|Kim Dae Jung;1998-02-25;2003-02-25;President
p.roh-moo-hyun;KORGOV;KOR;GOV;Roh Moo-hyun;Roh Moo-hyun|Roh Moo Hyun;2003-02-25;2008-02-25;President
p.moon-jae-in;KORGOV;KOR;GOV;Moon Jae-in;Moon Jae-in|Moon Jae In;2017-05-10;2022-05-10;President
p.ryutaro-hashimoto;JPNGOV;JPN;GOV;Ryutaro Hashimoto;Ryutaro Hashimoto;1996-01-11;1998-07-30;Prime Minister
p.keizo-obuchi;JPNGOV;JPN;GOV;Keizo Obuchi;Keizo Obuchi|Obuchi;1998-07-30;2000-04-05;Prime Minister
p.junichiro-koizumi;JPNGOV;JPN;GOV;Junichiro Koizumi;Junichiro Koizumi|Koizumi;2001-04-26;2006-09-26;Prime Minister
p.shinzo-abe;JPNGOV;JPN;GOV;Shinzo Abe;Shinzo Abe|Prime Minister Abe;2012-12-26;2020-09-16;Prime Minister
p.atal-bihari-vajpayee;INDGOV;IND;GOV;Atal Bihari Vajpayee;Atal Bihari Vajpayee|Vajpayee;1998-03-19;2004-05-22;Prime Minister
p.manmohan-singh;INDGOV;IND;GOV;Manmohan Singh;Manmohan Singh;2004-05-22;2014-05-26;Prime Minister
p.nawaz-sharif;PAKGOV;PAK;GOV;Nawaz Sharif;Nawaz Sharif;1997-02-17;1999-10-12;Prime Minister
p.benazir-bhutto;PAKGOV;PAK;GOV;Benazir Bhutto;Benazir Bhutto|Bhutto;1993-10-19;1996-11-05;Prime Minister
p.pervez-musharraf;PAKGOV;PAK;GOV;Pervez Musharraf;Pervez Musharraf|Musharraf;1999-10-12;2008-08-18;Chief Executive, then President
p.hamid-karzai;AFGGOV;AFG;GOV;Hamid Karzai;Hamid Karzai|Karzai;2001-12-22;2014-09-29;President
p.recep-tayyip-erdogan-1;TURGOV;TUR;GOV;Recep Tayyip Erdoğan;Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Tayyip Erdogan|Tayyip Erdoğan|Erdogan|Erdoğan;2003-03-14;2014-08-28;Prime Minister
p.bulent-ecevit;TURGOV;TUR;GOV;Bülent Ecevit;Bülent Ecevit|Bulent Ecevit|Ecevit;1999-01-11;2002-11-18;Prime Minister
p.suleyman-demirel;TURGOV;TUR;GOV;Süleyman Demirel;Süleyman Demirel|Suleyman Demirel|Demirel;1993-05-16;2000-05-16;President
p.nelson-mandela;ZAFGOV;ZAF;GOV;Nelson Mandela;Nelson Mandela|Mandela;1994-05-10;1999-06-14;President
p.thabo-mbeki;ZAFGOV;ZAF;GOV;Thabo Mbeki;Thabo Mbeki|Mbeki;1999-06-14;2008-09-24;President
p.robert-mugabe;ZWEGOV;ZWE;GOV;Robert Mugabe;Robert Mugabe|Mugabe;1980-04-18;2017-11-21;Prime Minister, then President
p.olusegun-obasanjo;NGAGOV;NGA;GOV;Olusegun Obasanjo;Olusegun Obasanjo|Obasanjo;1999-05-29;2007-05-29;President
p.hugo-chavez;VENGOV;VEN;GOV;Hugo Chávez;Hugo Chávez|Hugo Chavez|Chávez|Chavez;1999-02-02;2013-03-05;President
p.omar-al-bashir;SDNGOV;SDN;GOV;Omar al-Bashir;Omar al-Bashir|Omar Hassan al-Bashir|Omar Bashir|al-Bashir;1989-06-30;2019-04-11;President
p.suharto;IDNGOV;IDN;GOV;Suharto;Suharto|Soeharto;1967-03-12;1998-05-21;President
p.abdurrahman-wahid;IDNGOV;IDN;GOV;Abdurrahman Wahid;Abdurrahman Wahid;1999-10-20;2001-07-23;President
p.megawati-sukarnoputri;IDNGOV;IDN;GOV;Megawati Sukarnoputri;Megawati Sukarnoputri|Megawati;2001-07-23;2004-10-20;President
p.leonid-kuchma;UKRGOV;UKR;GOV;Leonid Kuchma;Leonid Kuchma|Kuchma;1994-07-19;2005-01-23;President
p.viktor-yushchenko;UKRGOV;UKR;GOV;Viktor Yushchenko;Viktor Yushchenko|Yushchenko;2005-01-23;2010-02-25;President
p.viktor-yanukovych;UKRGOV;UKR;GOV;Viktor Yanukovych;Viktor Yanukovych|Viktor Yanukovich|Yanukovych|Yanukovich;2010-02-25;2014-02-22;President
p.petro-poroshenko;UKRGOV;UKR;GOV;Petro Poroshenko;Petro Poroshenko|Poroshenko;2014-06-07;2019-05-20;President
p.boutros-boutros-ghali;IGOUNO;;IGO;Boutros Boutros-Ghali;Boutros Boutros-Ghali|Boutros-Ghali;1992-01-01;1997-01-01;UN Secretary-General
p.kofi-annan;IGOUNO;;IGO;Kofi Annan;Kofi Annan|Annan;1997-01-01;2007-01-01;UN Secretary-General
p.ban-ki-moon;IGOUNO;;IGO;Ban Ki-moon;Ban Ki-moon|Ban Ki Moon;2007-01-01;2017-01-01;UN Secretary-General
# Relatives and namesakes: listed so that "Melania Trump" etc. do not resolve to the office-holder via the
# bare surname (longest match wins). Private persons: code = the country only, no sector, no dates.
p.melania-trump;USA;USA;;Melania Trump;Melania Trump;;;First Lady
p.donald-trump-jr;USA;USA;;Donald Trump Jr.;Donald Trump Jr.|Donald Trump Jr|Trump Jr.;;;private citizen
p.eric-trump;USA;USA;;Eric Trump;Eric Trump;;;private citizen
p.ivanka-trump;USA;USA;;Ivanka Trump;Ivanka Trump;;;private citizen
p.barron-trump;USA;USA;;Barron Trump;Barron Trump;;;private citizen
p.lara-trump;USA;USA;;Lara Trump;Lara Trump;;;private citizen
p.hunter-biden;USA;USA;;Hunter Biden;Hunter Biden;;;private citizen
p.jill-biden;USA;USA;;Jill Biden;Jill Biden;;;former First Lady
p.asma-al-assad;SYR;SYR;;Asma al-Assad;Asma al-Assad|Asma Assad;;;former First Lady
p.maher-al-assad;SYR;SYR;;Maher al-Assad;Maher al-Assad|Maher Assad;;;former army commander (regime fell 2024-12-08)
p.hafez-al-assad;SYRGOV;SYR;GOV;Hafez al-Assad;Hafez al-Assad|Hafez Assad;1971-03-12;2000-06-10;President
p.francesca-albanese;IGOUNO;;IGO;Francesca Albanese;Francesca Albanese;2022-05-01;;UN Special Rapporteur on the occupied Palestinian territories
p.pierre-trudeau;CANGOV;CAN;GOV;Pierre Trudeau;Pierre Trudeau|Pierre Elliott Trudeau;1968-04-20;1984-06-30;Prime Minister
# ---- Others frequently in conflict news
p.alexander-lukashenko;BLRGOV;BLR;GOV;Alexander Lukashenko;Alexander Lukashenko|Alexander Lukashenka|Aliaksandr Lukashenka|Lukashenko|Lukashenka;1994-07-20;;President
p.bashar-al-assad;SYRGOV;SYR;GOV;Bashar al-Assad;Bashar al-Assad|Bashar Assad|Assad;2000-07-17;2024-12-08;President
p.ahmed-al-sharaa;SYRGOV;SYR;GOV;Ahmed al-Sharaa;Ahmed al-Sharaa|Ahmad al-Sharaa|al-Sharaa|Sharaa|Abu Mohammed al-Jolani|Abu Mohammad al-Julani;2025-01-29;;President
p.asaad-al-shaibani;SYRGOV;SYR;GOV;Asaad al-Shaibani;Asaad al-Shaibani|Asaad Hassan al-Shaibani|Shaibani;2024-12-21;;Minister of Foreign Affairs
p.donald-tusk;POLGOV;POL;GOV;Donald Tusk;Donald Tusk|Tusk;2023-12-13;;Prime Minister
p.radoslaw-sikorski;POLGOV;POL;GOV;Radosław Sikorski;Radosław Sikorski|Radoslaw Sikorski|Sikorski;2023-12-13;;Minister of Foreign Affairs
p.andrzej-duda;POLGOV;POL;GOV;Andrzej Duda;Andrzej Duda|Duda;2015-08-06;2025-08-06;President
p.karol-nawrocki;POLGOV;POL;GOV;Karol Nawrocki;Karol Nawrocki|Nawrocki;2025-08-06;;President
p.viktor-orban;HUNGOV;HUN;GOV;Viktor Orbán;Viktor Orbán|Viktor Orban|Orbán|Orban;2010-05-29;;Prime Minister
p.peter-szijjarto;HUNGOV;HUN;GOV;Péter Szijjártó;Péter Szijjártó|Peter Szijjarto|Szijjártó|Szijjarto;2014-09-23;;Minister of Foreign Affairs and Trade
p.robert-fico;SVKGOV;SVK;GOV;Robert Fico;Robert Fico|Fico;2023-10-25;;Prime Minister
p.shehbaz-sharif;PAKGOV;PAK;GOV;Shehbaz Sharif;Shehbaz Sharif|Shahbaz Sharif;2024-03-04;;Prime Minister
p.asim-munir;PAKMIL;PAK;MIL;Asim Munir;Asim Munir|Field Marshal Asim Munir|General Asim Munir|Gen. Asim Munir;2022-11-29;;Chief of Army Staff
p.ishaq-dar;PAKGOV;PAK;GOV;Ishaq Dar;Ishaq Dar;2024-03-11;;Deputy Prime Minister and Minister of Foreign Affairs
p.lai-ching-te;TWNGOV;TWN;GOV;Lai Ching-te;Lai Ching-te|William Lai|Lai Ching-teh;2024-05-20;;President
p.tsai-ing-wen;TWNGOV;TWN;GOV;Tsai Ing-wen;Tsai Ing-wen;2016-05-20;2024-05-20;President
p.lin-chia-lung;TWNGOV;TWN;GOV;Lin Chia-lung;Lin Chia-lung;2024-05-20;;Minister of Foreign Affairs
p.wellington-koo;TWNGOV;TWN;GOV;Wellington Koo;Wellington Koo;2024-05-20;;Minister of National Defense
p.abdel-fattah-el-sisi;EGYGOV;EGY;GOV;Abdel Fattah el-Sisi;Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|el-Sisi|al-Sisi|Sisi;2014-06-08;;President
p.badr-abdelatty;EGYGOV;EGY;GOV;Badr Abdelatty;Badr Abdelatty|Abdelatty;2024-07-03;;Minister of Foreign Affairs
p.tamim-bin-hamad;QATGOV;QAT;GOV;Tamim bin Hamad Al Thani;Tamim bin Hamad Al Thani|Sheikh Tamim bin Hamad Al Thani|Sheikh Tamim;2013-06-25;;Emir
p.mohammed-bin-abdulrahman;QATGOV;QAT;GOV;Mohammed bin Abdulrahman Al Thani;Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman;2023-03-07;;Prime Minister and Minister of Foreign Affairs
p.majed-al-ansari;QATGOV;QAT;GOV;Majed al-Ansari;Majed al-Ansari|Majed Al Ansari;2022;;Foreign Ministry spokesperson
p.mohamed-bin-zayed;AREGOV;ARE;GOV;Mohamed bin Zayed Al Nahyan;Mohamed bin Zayed|Mohammed bin Zayed|Mohamed bin Zayed Al Nahyan|MBZ;2022-05-14;;President
p.abdullah-ii;JORGOV;JOR;GOV;King Abdullah II;King Abdullah II|King Abdullah of Jordan;1999-02-07;;King
p.ayman-safadi;JORGOV;JOR;GOV;Ayman Safadi;Ayman Safadi|Safadi;2017-01-15;;Minister of Foreign Affairs
p.joseph-aoun;LBNGOV;LBN;GOV;Joseph Aoun;Joseph Aoun;2025-01-09;;President
p.nawaf-salam;LBNGOV;LBN;GOV;Nawaf Salam;Nawaf Salam;2025-02-08;;Prime Minister
p.naim-qassem;LBNREB;LBN;REB;Naim Qassem;Naim Qassem|Naim Kassem;2024-10-29;;Secretary-General of Hezbollah
p.mahmoud-abbas;PSEGOV;PSE;GOV;Mahmoud Abbas;Mahmoud Abbas|Abu Mazen;2005-01-15;;President of the Palestinian Authority
p.mohammad-mustafa;PSEGOV;PSE;GOV;Mohammad Mustafa;Mohammad Mustafa;2024-03-31;;Prime Minister of the Palestinian Authority
p.abdul-malik-al-houthi;YEMREB;YEM;REB;Abdul-Malik al-Houthi;Abdul-Malik al-Houthi|Abdul Malik al-Houthi|Abdulmalik al-Houthi;2004-09;;Leader of the Houthis
p.hibatullah-akhundzada;AFGGOV;AFG;GOV;Hibatullah Akhundzada;Hibatullah Akhundzada|Haibatullah Akhundzada|Akhundzada;2021-08-15;;Supreme Leader of the Taliban government
p.ilham-aliyev;AZEGOV;AZE;GOV;Ilham Aliyev;Ilham Aliyev|Aliyev;2003-10-31;;President
p.nikol-pashinyan;ARMGOV;ARM;GOV;Nikol Pashinyan;Nikol Pashinyan|Pashinyan;2018-05-08;;Prime Minister
p.maia-sandu;MDAGOV;MDA;GOV;Maia Sandu;Maia Sandu|Sandu;2020-12-24;;President
p.nicolas-maduro;VENGOV;VEN;GOV;Nicolás Maduro;Nicolás Maduro|Nicolas Maduro|Maduro;2013-04-19;;President
p.anwar-ibrahim;MYSGOV;MYS;GOV;Anwar Ibrahim;Anwar Ibrahim;2022-11-24;;Prime Minister
p.ferdinand-marcos-jr;PHLGOV;PHL;GOV;Ferdinand Marcos Jr.;Ferdinand Marcos Jr.|Ferdinand Marcos Jr|Bongbong Marcos|President Marcos;2022-06-30;;President
p.to-lam;VNMGOV;VNM;GOV;To Lam;To Lam|Tô Lâm;2024-08-03;;General Secretary of the Communist Party
p.min-aung-hlaing;MMRMIL;MMR;MIL;Min Aung Hlaing;Min Aung Hlaing;2021-02-01;;Head of the military government
p.alexander-stubb;FINGOV;FIN;GOV;Alexander Stubb;Alexander Stubb|Stubb;2024-03-01;;President
p.mette-frederiksen;DNKGOV;DNK;GOV;Mette Frederiksen;Mette Frederiksen|Frederiksen;2019-06-27;;Prime Minister
p.pedro-sanchez;ESPGOV;ESP;GOV;Pedro Sánchez;Pedro Sánchez|Pedro Sanchez;2018-06-02;;Prime Minister
p.william-ruto;KENGOV;KEN;GOV;William Ruto;William Ruto|Ruto;2022-09-13;;President
p.bola-tinubu;NGAGOV;NGA;GOV;Bola Tinubu;Bola Tinubu|Bola Ahmed Tinubu|Tinubu;2023-05-29;;President
p.abdel-fattah-al-burhan;SDNMIL;SDN;MIL;Abdel Fattah al-Burhan;Abdel Fattah al-Burhan|Abdel-Fattah Burhan|al-Burhan|Burhan;2019-08-21;;Chairman of the Transitional Sovereignty Council and army chief
p.hemedti;SDNREB;SDN;REB;Mohamed Hamdan Dagalo;Mohamed Hamdan Dagalo|Hemedti|Hemeti;2023-04-15;;Commander of the Rapid Support Forces
p.felix-tshisekedi;CODGOV;COD;GOV;Félix Tshisekedi;Félix Tshisekedi|Felix Tshisekedi|Tshisekedi;2019-01-24;;President
p.paul-kagame;RWAGOV;RWA;GOV;Paul Kagame;Paul Kagame|Kagame;2000-04-22;;President
"""

# ----------------------------------------------------------------------------------------------------------
# PETRARCH / Phoenix dictionary reader
# ----------------------------------------------------------------------------------------------------------
CODE_RE = re.compile(r"\[([^\]]*)\]")


def norm_phrase(s):
    s = s.split("#", 1)[0]
    s = s.replace("_", " ").replace("-", " ").strip().upper()
    return re.sub(r"\s+", " ", s)


def parse_codes(text):
    """Codes in a line: '[IGOUNO]', '[IGOUNO >070201]', '[USAGOV 010120-050120]' -> [(code, dates)]."""
    out = []
    for m in CODE_RE.finditer(text.split("#", 1)[0]):
        parts = m.group(1).split()
        if parts and not parts[0].startswith("~"):
            out.append((parts[0], " ".join(parts[1:])))
    return out


def read_petrarch_actors(path):
    """phrase -> [(code, dates)]. Blocks: a primary line, '+' synonyms, indented code lines. A block without
    codes takes the codes of the next block that has some (PETRARCH convention for stacked names)."""
    index = {}
    pending = []   # phrases waiting for codes
    block = []     # phrases of the current block
    codes = []

    def flush():
        nonlocal pending, block, codes
        if not block:
            return
        if codes:
            for p in pending + block:
                index.setdefault(p, list(codes))
            pending = []
        else:
            pending.extend(block)
        block, codes = [], []

    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in " \t":
                codes.extend(parse_codes(line))
                continue
            if line.startswith("+"):
                body = line[1:]
                p = norm_phrase(CODE_RE.sub("", body))
                if p:
                    block.append(p)
                codes.extend(parse_codes(body))
                continue
            flush()
            p = norm_phrase(CODE_RE.sub("", line))
            if p:
                block.append(p)
            codes.extend(parse_codes(line))
    flush()
    return index


def current_code(entries):
    """The open-ended (or undated) code of a phrase: the last '>date' / undated one."""
    if not entries:
        return None
    undated = [c for c, d in entries if not d or d.startswith(">")]
    return (undated or [entries[0][0]])[-1]


def read_phoenix_agents(path):
    """agent noun (lower case, spaces) -> sector code ('GOV'); only plain '[~XXX]' entries."""
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            m = re.match(r"^([A-Z][A-Z_'.-]*?)_?\s*\[~([A-Z]{3})\]\s*$", line)
            if m:
                out.setdefault(m.group(1).replace("_", " ").lower(), m.group(2))
    return out


def recase_long_form(phrase):
    words = phrase.lower().split()
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in SMALL_WORDS:
            out.append(w)
        else:
            out.append("'".join(x[:1].upper() + x[1:] for x in w.split("'")).replace("'S", "'s"))
    return " ".join(out)


def read_phoenix_country_long_forms(path):
    """ISO3 -> [official long-form names] from Phoenix.Countries.actors.txt top-level country blocks."""
    result = {}
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line[0] not in "+ \t":
                m = re.match(r"^([A-Z][A-Z_'.-]*)\s*\[([A-Z]{3})\]\s*(#.*)?$", line.strip())
                current = PHOENIX_TO_ISO.get(m.group(2), m.group(2)) if m else None
                continue
            if current and line.startswith("+"):
                p = norm_phrase(CODE_RE.sub("", line[1:]))
                if p.startswith(LONG_FORM_PREFIXES) and p not in LONG_FORM_BLOCK and len(p) < 60:
                    if re.fullmatch(r"[A-Z' ]+", p):
                        result.setdefault(current, []).append(recase_long_form(p))
    return result


# ----------------------------------------------------------------------------------------------------------
# Building
# ----------------------------------------------------------------------------------------------------------
class Entry:
    __slots__ = ("id", "kind", "code", "country", "sector", "type", "name", "aliases", "start", "end", "role",
                 "comment")

    def __init__(self, id, kind, code, country, sector, type, name, aliases, start="", end="", role=None,
                 comment=None):
        self.id, self.kind, self.code, self.country, self.sector, self.type = id, kind, code, country, sector, type
        self.name, self.start, self.end, self.role, self.comment = name, start, end, role, comment
        seen, out = set(), []
        for a in aliases:
            a = a.strip().replace("\u2019", "'").replace("\u2018", "'")
            if a and a not in seen:
                seen.add(a)
                out.append(a)
        self.aliases = out

    def row(self):
        cols = [self.id, self.kind, self.code, self.country, self.sector, self.type, self.name,
                "|".join(self.aliases), self.start, self.end]
        if self.role is not None:
            cols.append(self.role)
        return "\t".join(cols)


def table(text):
    """Rows of a ';'-separated table; '#' lines become the comment of the next row."""
    comment = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("# ----"):
            continue  # section heading inside a table: not carried into the output
        if line.startswith("#"):
            comment.append(line[1:].strip())
            continue
        yield line.split(";"), (" ".join(comment) or None)
        comment = []


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def build(cameo_dir, notes):
    intl = read_petrarch_actors(os.path.join(cameo_dir, "Phoenix.International.actors.txt"))
    milns = read_petrarch_actors(os.path.join(cameo_dir, "Phoenix.MilNonState.actors.txt"))
    ctry = read_petrarch_actors(os.path.join(cameo_dir, "Phoenix.Countries.actors.txt"))
    long_forms = read_phoenix_country_long_forms(os.path.join(cameo_dir, "Phoenix.Countries.actors.txt"))
    agents_px = read_phoenix_agents(os.path.join(cameo_dir, "Phoenix.agents.txt"))
    entries = []

    # --- countries, adjectives, capitals
    all_aliases_by_iso = {}
    for cols, _ in table(COUNTRIES):
        if len(cols) != 5:
            raise SystemExit("bad COUNTRIES row: %r" % (cols,))
        iso, name, more, adjs, caps = [c.strip() for c in cols]
        aliases = [name] + [a for a in more.split("/") if a]
        derived = [lf for lf in long_forms.get(iso, []) if lf not in aliases]
        if derived:
            notes["long-form names from Phoenix"] = notes.get("long-form names from Phoenix", 0) + len(derived)
        aliases += derived
        entries.append(Entry(iso, "country", iso, iso, "", "GPE", name, aliases))
        all_aliases_by_iso[iso] = aliases
        adj_list = ADJ_OVERRIDES.get(iso, [a for a in adjs.split("/") if a])
        adj_list = adj_list + EXTRA_ADJ.get(iso, [])
        if adj_list:
            entries.append(Entry(iso + ".adj", "adjective", iso, iso, "", "NORP", adj_list[0], adj_list))
        cap_list = [c for c in caps.split("/") if c]
        if cap_list:
            entries.append(Entry(iso + ".capital", "capital", iso + "GOV", iso, "GOV", "GPE", cap_list[0], cap_list,
                                 comment=CAPITAL_NOTES.get(iso)))
        # cross-check against Phoenix: the country name should resolve to this ISO code
        px = current_code(ctry.get(norm_phrase(name), []))
        if px and PHOENIX_TO_ISO.get(px[:3], px[:3]) != iso:
            notes.setdefault("Phoenix country code differs", []).append("%s=%s" % (iso, px))

    # --- seats, national organisations
    for cols, comment in table(SEATS):
        id_, code, country, sector, typ, name, aliases = cols
        entries.append(Entry(id_, "seat", code, country, sector, typ, name, aliases.split("|"), comment=comment))
    for cols, comment in table(NATIONAL_ORGS):
        id_, code, country, sector, name, aliases = cols
        entries.append(Entry(id_, "org", code, country, sector, "ORG", name, aliases.split("|"), comment=comment))

    # --- places
    for cols, comment in table(PLACES):
        id_, kind, country, typ, name, aliases = cols
        if not aliases:
            continue  # documented omission
        entries.append(Entry(id_, kind, country, country, "", typ, name, aliases.split("|"), comment=comment))
    for cols, comment in table(WORLD_REGIONS):
        code, name, aliases, adjs = cols
        entries.append(Entry("rgn." + code.lower(), "region", code, "", "", "LOC", name, aliases.split("|"),
                             comment=comment or "CAMEO region code (CAMEO manual, table of regions)"))
        if adjs:
            entries.append(Entry("rgn.%s.adj" % code.lower(), "adjective", code, "", "", "NORP", adjs.split("|")[0],
                                 adjs.split("|")))

    # --- IGOs / NGOs with Phoenix codes
    def phoenix_code(index, lookups, fallback, what):
        forced = fallback.startswith("!")
        fallback = fallback.lstrip("!")
        found = None
        for key in lookups.split(","):
            found = current_code(index.get(norm_phrase(key), []))
            if found:
                break
        if forced:
            if found and found != fallback:
                notes.setdefault("Phoenix code overridden", []).append("%s: %s->%s" % (what, found, fallback))
            return fallback, "hand"
        if found and found not in ("IGO", "NGO"):
            return found, "phoenix"
        if found and fallback and found != fallback and found in ("IGO", "NGO"):
            return fallback, "hand"
        return (found or fallback), ("phoenix" if found else "hand")

    for cols, comment in table(IGOS):
        id_, kind, lookups, fallback, name, aliases = cols
        code, src = phoenix_code(intl, lookups, fallback, id_)
        notes["igo/ngo codes from Phoenix" if src == "phoenix" else "igo/ngo codes by hand"] = \
            notes.get("igo/ngo codes from Phoenix" if src == "phoenix" else "igo/ngo codes by hand", 0) + 1
        sector = "IGO" if kind == "igo" else "NGO"
        entries.append(Entry(id_, kind, code, "", sector, "ORG", name, aliases.split("|"), comment=comment))
    for cols, comment in table(NONSTATE):
        id_, lookups, fallback, country, sector, name, aliases = cols
        code, src = phoenix_code(milns, lookups, fallback, id_)
        if src != "phoenix":
            c2, s2 = phoenix_code(ctry, lookups, fallback, id_)
            if s2 == "phoenix":
                code, src = c2, s2
        notes["armed-group codes from Phoenix" if src == "phoenix" else "armed-group codes by hand"] = \
            notes.get("armed-group codes from Phoenix" if src == "phoenix" else "armed-group codes by hand", 0) + 1
        entries.append(Entry(id_, "org", code, country, sector, "ORG", name, aliases.split("|"), comment=comment))

    # --- agents
    for cols, comment in table(AGENTS):
        code, aliases = cols
        alist = aliases.split("|")
        id_ = "agent." + (code or "NAT")
        name = {"": "nationality noun"}.get(code, code)
        entries.append(Entry(id_, "agent", code, "", code, "-", name, alist,
                             comment=comment or (None if code else
                                                 "nationality nouns: empty code, resolve to the bare country")))
        for a in alist:
            px = agents_px.get(a) or (agents_px.get(a[:-1]) if a.endswith("s") else None)
            if px is None:
                continue
            key = "agent nouns agreeing with Phoenix" if px == code else "agent nouns differing from Phoenix"
            if px == code:
                notes[key] = notes.get(key, 0) + 1
            else:
                notes.setdefault(key, []).append("%s(%s!=%s)" % (a, code or "-", px))

    # --- persons
    for cols, comment in table(PERSONS):
        if len(cols) != 9:
            raise SystemExit("bad PERSONS row: %r" % (cols,))
        id_, code, country, sector, name, aliases, start, end, role = cols
        entries.append(Entry(id_, "person", code, country, sector, "PERSON", name, aliases.split("|"),
                             start, end, role, comment=comment))
    return entries


def read_curated(path):
    out = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0] != HEADER:
        raise SystemExit("%s:1: expected header %r" % (path, HEADER))
    comment = []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        if line.startswith("#"):
            comment.append(line[1:].strip())
            continue
        cols = line.split("\t")
        if len(cols) not in (10, 11):
            raise SystemExit("%s:%d: expected 10 or 11 columns, found %d" % (path, n, len(cols)))
        out.append(Entry(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7].split("|"),
                         cols[8], cols[9], cols[10] if len(cols) == 11 else None, " ".join(comment) or None))
        comment = []
    return out


def validate(entries):
    errors = []
    ids = set()
    for e in entries:
        where = e.id
        if not ID_RE.match(e.id):
            errors.append("%s: id must be ASCII without spaces" % where)
        if e.id in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(e.id)
        if e.kind not in KINDS:
            errors.append("%s: unknown kind %r" % (where, e.kind))
        if e.type not in TYPES:
            errors.append("%s: unknown type %r" % (where, e.type))
        if e.country and not re.fullmatch(r"[A-Z]{3}", e.country):
            errors.append("%s: country %r is not ISO3-looking" % (where, e.country))
        if e.sector and e.sector not in SECTORS:
            errors.append("%s: unknown sector %r" % (where, e.sector))
        if e.code and not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", e.code):
            errors.append("%s: code %r is not a CAMEO code" % (where, e.code))
        if e.kind != "agent" and not e.code:
            if e.kind != "region":
                errors.append("%s: empty code" % where)
        if not e.aliases:
            errors.append("%s: no aliases" % where)
        for a in e.aliases:
            if "\t" in a or "|" in a or a != a.strip():
                errors.append("%s: bad alias %r" % (where, a))
            if e.kind != "agent" and a == a.lower() and re.search(r"[a-z]", a):
                errors.append("%s: lower-case alias %r outside agents (would match case-insensitively)" %
                              (where, a))
        for d in (e.start, e.end):
            if d and not DATE_RE.match(d):
                errors.append("%s: bad date %r" % (where, d))
        if e.kind != "person" and (e.start or e.end):
            errors.append("%s: dates on a non-person" % where)
        if e.start and e.end and e.end < e.start:
            errors.append("%s: 'to' before 'from'" % where)
        for f in (e.name, e.role or ""):
            if "\t" in f or "\n" in f:
                errors.append("%s: tab/newline in a field" % where)
    # The same phrase on two entries is fine for one person over several terms; between different
    # non-person entries it is a conflict that the matcher could not resolve.
    by_phrase = {}
    for e in entries:
        for a in e.aliases:
            key = a if any(c.isupper() for c in a) else "i:" + a.lower()
            by_phrase.setdefault(key, []).append(e)
    caseless = {k[2:]: v for k, v in by_phrase.items() if k.startswith("i:")}
    for key, es in sorted(by_phrase.items()):
        if not key.startswith("i:") and key.lower() in caseless:
            others = [x for x in caseless[key.lower()] if x not in es]
            if others:
                errors.append("alias %r also matches the case-insensitive alias of %s" %
                              (key, ", ".join(x.id for x in others)))
        if len(es) < 2:
            continue
        if all(x.kind == "person" for x in es) and len({x.name for x in es}) == 1:
            continue
        errors.append("alias %r on several entries: %s" % (key, ", ".join(x.id for x in es)))
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cameo", default=os.path.join(root, "..", "shared", "data", "cameo"),
                    help="directory with the Phoenix dictionaries (default ../shared/data/cameo)")
    ap.add_argument("--curated", default=os.path.join(root, "data", "actors-curated.tsv"),
                    help="optional hand-written overrides, merged by id (default data/actors-curated.tsv)")
    ap.add_argument("--out", default=os.path.join(root, "data", "actors.tsv"))
    args = ap.parse_args()

    need = ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt",
            "Phoenix.agents.txt"]
    if not os.path.isdir(args.cameo):
        print("error: Phoenix dictionary directory not found: %s (pass --cameo DIR)" % args.cameo, file=sys.stderr)
        return 2
    missing = [n for n in need if not os.path.isfile(os.path.join(args.cameo, n))]
    if missing:
        print("error: missing in %s: %s" % (args.cameo, ", ".join(missing)), file=sys.stderr)
        return 2

    notes = {}
    entries = build(args.cameo, notes)
    if os.path.isfile(args.curated):
        by_id = {e.id: i for i, e in enumerate(entries)}
        for c in read_curated(args.curated):
            if c.id in by_id:
                entries[by_id[c.id]] = c
            else:
                by_id[c.id] = len(entries)
                entries.append(c)
        notes["entries from " + os.path.relpath(args.curated, root)] = "merged"

    errors = validate(entries)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print("%d error(s); %s not written" % (len(errors), args.out), file=sys.stderr)
        return 1

    entries.sort(key=lambda e: e.id)
    out = [HEADER]
    out += [
        "# claimtrace actor lexicon. Generated by train/build_actor_lexicon.py - do not edit by hand; edit the",
        "# script's tables or data/actors-curated.tsv and regenerate (see docs/actors.md).",
        "# Columns (tab-separated): id kind code country sector type name aliases from to [role]",
        "# Aliases are '|'-separated; an alias with an upper-case letter matches case-sensitively, an all-lower-case",
        "# alias case-insensitively, on word boundaries. Dates: office terms, 'to' exclusive; empty = open-ended.",
        "# Provenance: seeded from the Phoenix / PETRARCH2 dictionaries (MIT License, (c) 2014 Open Event Data",
        "# Alliance; openeventdata/petrarch2): Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt",
        "# (IGO/NGO and armed-group codes), Phoenix.Countries.actors.txt (official long-form country names),",
        "# Phoenix.agents.txt (cross-check of agent nouns); CAMEO region codes from the CAMEO manual. Names,",
        "# variants, demonyms, capitals, places, agents and all office-holders curated by hand for 2025.",
        "# CountryInfo.120116.txt (no licence stated) is not used.",
    ]
    for e in entries:
        if e.comment:
            out.append("# " + e.comment)
        out.append(e.row())
    text = "\n".join(out) + "\n"
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)

    kinds = {}
    for e in entries:
        k = kinds.setdefault(e.kind, [0, 0])
        k[0] += 1
        k[1] += len(e.aliases)
    print("wrote %s: %d entries, %d aliases, %d bytes" % (os.path.relpath(args.out), len(entries),
                                                         sum(k[1] for k in kinds.values()), len(text.encode())))
    for kind in KINDS:
        if kind in kinds:
            print("  %-10s %5d entries %6d aliases" % (kind, kinds[kind][0], kinds[kind][1]))
    for k in sorted(notes):
        v = notes[k]
        if isinstance(v, list):
            print("note: %s (%d): %s" % (k, len(v), " ".join(v)))
        else:
            print("note: %s: %s" % (k, v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
