"""Builds data/knowledge/red_flags/patterns/fr.yml from named fragments (work file, not shipped)."""

from fragments import expand

F = {}
# a filler word that is not a negation word: gaps inside a pattern never swallow "pas"
F["FW"] = r"(?:(?!(?:pas|pa|jamais|plus|rien|aucun|aucune|personne|point)\b)\w+\s)"
# not followed by a negation word (French puts "pas" after a simple-tense verb)
F["NN"] = r"(?!\s(?:pas|pa|jamais|plus|rien|personne|point)\b)"
F["POSS"] = r"(?:mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|le|la|les|l|ton|ta|tes)"
F["DOC"] = (r"(?:pas+e?port?s?|papiers?|papie|documents?|docs|cartes?\sde\ssejour|cartes?\sd\s?identite"
            r"|titres?\sde\ssejour|pieces?\sd\s?identite|cni|carte\sconsulaire|permis\sde\s(?:sejour|travail)|iqama)")
F["PHONE"] = r"(?:telephones?|tel|portables?|phones?|smartphones?|cellulaires?|mobiles?|gsm|puce|carte\ssim|sim)"
F["AUXP"] = r"(?:ma|mont|mavait|mavaient|(?:(?:m|t|l|lui|nous|vous|leur|les)\s)?(?:a|ont|avait|avaient))"
F["TAKEPP"] = (r"(?:pris|prise|prises|confisque\w*|garde|gardes|gardee|gardees|retenu\w*|vole|voles|volee|volees"
               r"|bloque\w*|cache|caches|cachee|cachees|saisi\w*|enleve\w*|arrache\w*|dechire\w*|detruit\w*)")
F["TAKEPR"] = (r"(?:prend|prennent|prenait|prenaient|garde|gardent|gardait|gardaient|confisque|confisquent|retient"
               r"|retiennent|retenait|retenaient|bloque|bloquent|cache|cachent|detient|detiennent|vole|volent)")
F["AGENTN"] = (r"(?:patron\w*|agence|agent|agents|employeur\w*|chef|kafil|kefil|garant|sponsor|recruteur\w*|madame"
               r"|monsieur|maitre\w*|proprietaire\w*|passeur\w*|intermediaire\w*|boss|societe|entreprise|superviseur"
               r"|gerant\w*|famille|mari)")
F["AGENT"] = r"(?:il|elle|ils|elles|on|<AGENTN>)"
F["OBJ"] = r"(?:me|m|nous|lui|leur|te|t|les|l|la|le|vous)"
F["PPAY"] = r"(?:paye|payes|payee|payees|paie|remunere\w*|regle|regles|reglee|reglees)"  # participles
F["PAYV"] = r"(?:pay(?:e|es|ent|ait|aient|era|eront|erait|eraient)|pai(?:e|es|ent|era|eront|erait|eraient)|remunere\w*)"
F["MONEY"] = r"(?:euros?|eur|dollars?|usd|dirhams?|dh|dhs|mad|dinars?|da|dt|fcfa|cfa|francs?|livres?|riyals?|rials?|dinars?|nairas?|cedis?)"
F["NUM"] = r"(?:\d+(?:\s?\d{3})*|mille|\w+\smille|\w+\scent|cent)"
F["NEG"] = r"(?:pas|pa|jamais|plus)"
F["KIN"] = (r"(?:famille|parents|mere|maman|pere|papa|mari|femme|enfants?|proches|soeurs?|freres?|amis?|fils|fille"
            r"|cousins?|cousines?)")
F["AUTH"] = r"(?:police|autorites|ambassade|consulat|douane|douaniers|immigration|gendarmerie|gendarmes|flics|prefecture)"
F["HRS"] = (r"(?:1[2-9]|2[0-4]|douze|treize|quatorze|quinze|seize|dix\s?(?:sept|huit|neuf)|vingt)")
F["AGE"] = (r"(?:[3-9]|1[0-7]|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
            r"|dix\s?sept)")
F["NOW"] = r"(?:maintenant|mtn|mnt|mntn|en\sce\smoment|actuellement|tout\sde\ssuite|la\stout\sde\ssuite)"
F["HELP"] = r"(?:aidez\smoi|aide\smoi|aidez\snous|aide\snous|au\ssecours|sos|help|a\sl\saide|vite|urgent|urgence)"
F["SOCIAL"] = (r"(?:facebook|fb|tiktok|tik\stok|instagram|insta|whatsapp|watsap|wathsapp|telegram|snapchat|snap"
               r"|messenger|imo|internet|tinder|badoo|un\ssite(?:\sde\srencontre)?|les\sreseaux(?:\ssociaux)?|reseaux\ssociaux)")


def x(s: str) -> str:
    return expand(s, F, 3)


CODES = {
    "abuse_of_vulnerability": [
        ("il profite de ma situation / il en profite / il abuse de nous",
         r"\b<AGENT>\s(?:en\s(?:profit\w*|abus\w*)|(?:profit\w*|abus\w*)\s(?:de\s|du\sfait\s)?(?:moi|nous|lui|elle|eux|(?:ma|sa|notre|leur|la)\s(?:situation|faiblesse|vulnerabilite|misere|pauvrete|peur|detresse|naivete)|(?:mon|son|notre|leur)\s(?:statut|etat)))<NN>"),
        ("il sait que je suis sans papiers / que j ai pas de titre",
         r"\b(?:sait|savent|savait|savaient|connait|connaissent)\s(?:que|qu|ke)\s(?:<FW>){0,4}(?:sans\s(?:papiers?|papie|titre|visa|permis)|illegal\w*|clandestin\w*|irregulier\w*|en\ssituation\sirreguliere|(?:pas|pa|plus|aucun|aucune)\s(?:de\s|d\s)?(?:papiers?|papie|titre|carte\sde\ssejour|visa|permis|famille\sici|endroit\sou\saller)|(?:ne\s|n\s)?(?:peux|peut|pouvons|peuvent|pe)\s(?:pas|pa|rien|jamais)\s(?:\w+\s){0,2}(?:police|plainte|partir|rentrer|aller|dire|faire))"),
        ("parce que je suis sans papiers il (en) profite / me paie moins",
         r"\b(?:sans\spapiers?|sans\spapie|sans\stitre(?:\sde\ssejour)?|illegal\w*|clandestin\w*|en\ssituation\sirreguliere|sans\svisa)\b(?:\s\w+){0,8}?\s(?:profit\w*|abus\w*|exploit\w*|(?:me|nous|les|la|le|l|lui|leur)\s(?:paye|payent|paie|paient)\s(?:moins|la\smoitie|rien|presque\srien|que)|menac\w*|fait\speur|tient|tiennent)"),
        ("il me paie moins / menace parce que je suis etrangere sans papiers",
         r"\b(?:parce\sque|parce\squ|car|puisque|vu\sque|comme)\s(?:je|j|on|nous|elle|il|ils|elles)\s(?:suis|sommes|est|sont|ai|a|avons|ont)\s(?:(?:pas|pa|aucun)\s(?:de\s|d\s)?(?:papiers?|papie|titre|visa|permis)|sans\s(?:papiers?|papie|titre|visa|permis)|illegal\w*|clandestin\w*|mineure?s?|seule?s?\sici|en\ssituation\sirreguliere)"),
    ],
    "deception": [
        ("c est pas le travail (qu on m a) promis / pas comme prevu",
         r"\b(?:pas|pa|plus)\s(?:du\stout\s)?(?:le|la|les|du|un|une|ce|celui|celle|ca|cela|comme)\s(?:(?:meme|vrai)\s)?(?:(?:travail|boulot|job|emploi|poste|salaire|metier|pays|ville|contrat|conditions|ce|celui|celle|qu|que)\s)?(?:<FW>){0,4}?(?:promis|prevu|convenu|annonce|propose\w*|dit|signe|decrit)\b"),
        ("on m a promis ... mais / en fait / au lieu de",
         r"\b(?:on\s)?(?:<AUXP>|<AGENT>)\s(?:(?:m|me|nous|lui|leur|t)\s)?(?:a\s|ont\s|avait\s|avaient\s)?(?:promis|fait\scroire|garanti|assure|propose|parle\sd\w*)\s(?:\w+\s){1,12}?(?:mais|en\sfait|finalement|au\slieu|alors\sque|pourtant|a\sla\splace|en\srealite)\b"),
        ("ils m ont menti / trompe / arnaque",
         r"\b(?:<AUXP>|on\sma|on\sm\sa)\s(?:(?:bien|completement|tous)\s)?(?:menti|trompe\w*|arnaque\w*|escroque\w*|berne\w*|piege\w*|roule\w*|mene\sen\sbateau)\b"),
        ("le travail est different / le salaire est moins que promis",
         r"\b(?:travail|boulot|job|emploi|poste|salaire|paie|contrat|conditions|logement)\s(?:<FW>){0,3}(?:(?:tout|completement|totalement)\s)?(?:different\w*|rien\sa\svoir|autre\schose|(?:moins|inferieur\w*|la\smoitie)\s(?:<FW>){0,4}(?:promis|prevu|convenu|annonce|dit|contrat))\b"),
        ("on m a fait venir pour X mais / on m oblige a faire autre chose",
         r"\b(?:venu\w*|venir|venus|recrute\w*|embauche\w*|engage\w*)\s(?:<FW>){0,2}(?:pour|comme)\s(?:\w+\s){1,6}?(?:mais|en\sfait|finalement|alors\sque|au\slieu)\b"),
    ],
    "restriction_of_movement": [
        ("on nous enferme / je suis enfermee / sequestre",
         r"\b(?:enferm\w*|sequestr\w*|cadenass\w*)\b<NN>"),
        ("je peux pas sortir / on a pas le droit de sortir / ils nous laissent pas sortir",
         r"\b(?:(?:peux|peut|pouvons|pouvez|peuvent|pouvais|pouvait|pouvions|pouvaient|pourrai|pourrais|pourra|pe|peu)\s(?:pas|pa|jamais|plus)\s(?:(?:me|m|nous|se|s)\s)?(?:sortir|quitter\s(?:la|le|l|cette|ce|leur|sa|son)|bouger|aller\sdehors|fuir|m\senfuir|s\senfuir|nous\senfuir|rentrer\schez)|(?:(?:me|m|nous|la|le|les|l)\s)?(?:laisse|laissent|laissait|laissaient)\s(?:pas|pa|jamais|plus)\s(?:sortir|partir|quitter|bouger|aller|rentrer|fuir)|(?:a|ai|avons|avez|ont|avait|avaient)\s(?:pas|pa|jamais|plus)\s(?:(?:le|la|l)\s)?(?:droit|permission|autorisation)\s(?:de|d)\s(?:(?:me|m|nous|se|s)\s)?(?:sortir|partir|quitter|bouger|aller\sdehors|rentrer\schez|circuler|m\sen\saller|nous\sen\saller|s\sen\saller|fuir))\b"),
        ("interdit de sortir / ils nous empechent de sortir",
         r"\b(?:interdi\w*|empech\w*|defendu\w*)\s(?:<FW>){0,2}(?:de\s|d\s)?(?:(?:me|m|nous|se|s)\s)?(?:sortir|partir|quitter|bouger|aller\sdehors|rentrer|s\sen\saller|m\sen\saller)\b"),
        ("la porte est fermee a cle / ils ferment a cle",
         r"\b(?:(?:ferm\w*|verrouill\w*)\s(?:<FW>){0,3}a\s(?:cle|clef|double\stour)|(?:porte|portes|portail|chambre|maison|dortoir)\s(?:<FW>){0,3}(?:verrouill\w*|cadenass\w*))\b"),
        ("on sort seulement avec madame / surveilles jour et nuit",
         r"\b(?:(?:sort\w*|sortons)\s(?:que|seulement|uniquement)\s(?:avec|accompagne\w*)|(?:surveill\w*|garde\w*)\s(?:<FW>){0,3}(?:tout\sle\stemps|jour\set\snuit|24h|24\sh|en\spermanence|nuit\set\sjour))\b"),
    ],
    "isolation": [
        ("ils ont pris / confisque mon telephone",
         r"\b(?:<AUXP>\s(?:(?:deja|aussi|tout|meme)\s)?(?:<TAKEPP>|casse\w*)|<AGENT>\s(?:<OBJ>\s)?(?:<TAKEPR>|casse|cassent))\s<POSS>\s<PHONE>\b"),
        ("je peux pas appeler ma famille / on a pas le droit de parler a nos parents",
         r"\b(?:peux|peut|pouvons|peuvent|pouvais|pouvait|pouvaient|pe|peu|laisse|laissent|laissait|laissaient|a|ai|avons|ont|avait|avaient)\s(?:pas|pa|jamais|plus)\s(?:(?:le|de|d|la)\s)?(?:droit\s)?(?:(?:de|d)\s)?(?:(?:me|m|nous|lui|leur|se|s)\s)?(?:appeler|telephoner|parler|contacter|ecrire|joindre|voir|communiquer|avoir\s(?:de\s)?(?:contact|nouvelles))\s(?:(?:a|avec|aux|au)\s)?(?:(?:ma|mes|sa|ses|notre|nos|leur|leurs|la|les|l|personne|quelqu\sun|des)\s)?(?:<KIN>|<AUTH>|autres|exterieur|monde|personne|gens)\b"),
        ("interdit de telephoner / d utiliser le telephone",
         r"\b(?:interdi\w*|empech\w*|defendu\w*)\s(?:<FW>){0,2}(?:de\s|d\s)(?:(?:me|m|nous|lui|leur|se|s)\s)?(?:appeler|telephoner|parler\sa|contacter|ecrire\sa|voir\s(?:ma|sa|notre|leur|nos|mes|ses)|utiliser\s(?:le|mon|son|notre|un|leur|les)\s<PHONE>|avoir\s(?:un|de|le|mon|son)\s<PHONE>)"),
        ("il controle / lit mes messages",
         r"\b<AGENT>\s(?:(?:me|m|nous|lui|leur)\s)?(?:controle\w*|lit|lisent|lisait|surveill\w*|fouill\w*|ecout\w*|verifi\w*)\s(?:(?:tous|toutes)\s)?<POSS>\s(?:messages|appels|conversations|<PHONE>)\b"),
        ("aucun contact avec l exterieur / ma famille",
         r"\b(?:pas|pa|aucun|aucune|plus|jamais|sans)\s(?:de\s|d\s)?(?:contacts?|nouvelles|lien|liens|communication)\s(?:avec|de|a)\s(?:(?:ma|mes|sa|ses|notre|nos|leur|leurs|la|les|l)\s)?(?:<KIN>|exterieur|monde|personne)\b"),
        ("je connais personne ici / personne a qui parler",
         r"\b(?:connai\w*\spersonne|personne\sa\squi\s(?:parler|demander)|seule?s?\sau\smonde|coupee?s?\sdu\smonde)\b"),
    ],
    "physical_sexual_violence": [
        ("il me frappe / il m a frappe / ils nous battent / il la frappe",
         r"\b(?:me|m|nous|te|t|la|l|les|lui|leur|ma|mont)\s(?:(?:a|ont|avait|avaient)\s)?(?:frap+\w*|battu\w*|bat|battent|battait|battaient|gifl\w*|cogn\w*|tabass\w*|fouett\w*|etrangl\w*|brul\w*|tire\sles\scheveux|donne\sdes\scoups|donnent\sdes\scoups|jete\w*\spar\sterre)\b<NN>"),
        ("le patron frappe les ouvriers",
         r"\b(?:<AGENT>)\s(?:frap+\w*|bat|battent|battait|battaient|tabass\w*|gifl\w*|cogn\w*|fouett\w*)\s(?:les|des|ses|nos|mes|leurs|tout\sle\smonde|tous\sceux|toutes\scelles|ceux|celles|la\sbonne|les\sbonnes|les\souvriers|les\sfilles)\b"),
        ("des coups / coups de baton",
         r"\b(?:coups?\sde\s(?:poing|pied|baton|ceinture|fouet|bat?on|cable|tuyau|marteau)|des\scoups\b(?!\sde\s(?:fil|telephone|tel|main|pouce|coeur|chance|soleil))|roue\sde\scoups|passe\w*\sa\stabac)"),
        ("viol / agression sexuelle / harcelement sexuel / attouchements",
         r"\b(?:viol|viols|viole|violee|violees|violes|violer|violait|violaient|violeur\w*|violences?|violent\w*|agress\w*|harcel\w*\ssexuel\w*|abus\w*\ssexuel\w*|attouchement\w*|touche\w*\s(?:partout|mon\scorps|son\scorps|mes\sseins|ses\sseins|ma\spoitrine|sa\spoitrine|mes\sfesses|ses\sfesses|mes\sparties|ses\sparties))\b<NN>"),
        ("force a coucher avec / a se prostituer",
         r"\b(?:forc\w*|oblig\w*|pouss\w*|contrain\w*)\s(?:<FW>){0,2}(?:a|de|d)\s(?:coucher|dormir\savec|faire\sl\samour|avoir\sdes\srelations|(?:me|se|nous|te)\sprostituer|la\sprostitution|faire\sle\strottoir|faire\sdes\spasses|recevoir\sdes\sclients|(?:du|le)\ssexe)"),
    ],
    "intimidation_threats": [
        ("il me menace / ils menacent d appeler la police / chantage",
         r"\b(?:(?:me|m|nous|t|te|l|la|le|les|lui|leur|ma|mont)\s(?:(?:a|ont|avait|avaient)\s)?)?(?:menac\w*|chantage|intimid\w*)\b<NN>"),
        ("il va me denoncer / me faire expulser / appeler la police",
         r"\b(?:va|vont|veut|veulent|allait|allaient|pourrait|pourraient|peut|peuvent)\s(?:(?:me|nous|la|le|les|l|m|te|t|lui|leur)\s)?(?:faire\s)?(?:denonc\w*|expuls\w*|renvoy\w*\s(?:au|dans\smon|dans\sson|chez)|arret\w*|balanc\w*|signaler|livrer\sa\sla\spolice|appeler\s(?:la\spolice|l\simmigration|les\sflics|les\sgendarmes))"),
        ("si je pars / si je parle ... il va (me tuer / faire du mal / appeler la police)",
         r"\bsi\s(?:je|j|on|nous|elle|il|tu|ma\sfille|mon\sfils)\s(?:(?:me|m|le|la|l|lui|leur|en)\s)?(?:pars|partons|part|quitte|quittons|parle|parlons|plains|plaint|refuse|refusons|dis|dit|appelle|enfuis|enfuit|fuis|fuit|sors|sort|rentre|arrete|porte\splainte|vais\sa\sla\spolice|va\sa\sla\spolice)\b(?:\s\w+){0,6}?\s(?:va|vont|allait|allaient|menace\w*|tuer|tue|frapper|faire\sdu\smal|denonc\w*|expuls\w*|police)\b"),
        ("faire du mal a ma famille",
         r"\b(?:faire\sdu\smal|s\sen\sprendre|tuer|frapper|blesser|retrouver|trouver)\s(?:a\s)?(?:ma|mes|sa|ses|notre|nos|leur|leurs|ta|tes)\s(?:famille|enfants?|mere|parents|pere|soeurs?|freres?|proches|fils|fille|mari|femme)\b"),
        ("il m insulte / il crie sur nous / humilie",
         r"\b(?:(?:me|m|nous|les|la|le|l|lui|leur|ma|mont)\s(?:(?:a|ont)\s)?(?:insult\w*|humili\w*|rabaiss\w*|terroris\w*)<NN>|(?:crie\w*|hurl\w*)\s(?:sur|apres)\s(?:moi|nous|eux|elle|elles|lui|les\sautres))"),
    ],
    "retention_of_documents": [
        ("il a pris / on m a confisque / ma pris mon passeport",
         r"\b<AUXP>\s(?:(?:deja|aussi|tout|meme)\s)?<TAKEPP>\s(?:(?:tous|toutes)\s)?<POSS>\s<DOC>\b"),
        ("il prend / garde / l agence garde nos passeports",
         r"\b<AGENT>\s(?:<OBJ>\s)?<TAKEPR>\s(?:(?:toujours|encore|tous|toutes)\s){0,2}<POSS>\s<DOC>\b"),
        ("le patron a mon passeport",
         r"\b<AGENTN>\s(?:a|ont|avait|avaient)\s(?:(?:toujours|encore|tous|toutes)\s){0,2}<POSS>\s<DOC>\b"),
        ("mon passeport est chez le patron / nos passeports sont confisques",
         r"\b<POSS>\s<DOC>\s(?:<FW>){0,2}(?:est|sont|reste|restent|etait|etaient|a\sete|ont\sete)\s(?:(?:toujours|encore|bien)\s)?(?:(?:chez|avec|entre\sles\smains\sde|au\sbureau\sde|dans\sle\sbureau\sde)\s(?:le|la|l|mon|ma|son|sa|notre|leur|les|lui|eux|elle|elles|leurs|ses|cette|ce|cet)\b|<TAKEPP>\b)"),
        ("il refuse de me rendre / veut pas rendre / m a pas rendu mon passeport",
         r"\b(?:refus\w*\s(?:de\s|d\s)?|(?:veut|veulent|voulait|voulaient|veux)\s<NEG>\s|<NEG>\s)(?:<OBJ>\s)?(?:rend\w*|redonn\w*|remett\w*|remis|recuper\w*|ravoir)\s(?:(?:tous|toutes)\s)?<POSS>\s<DOC>\b"),
    ],
    "withholding_of_wages": [
        ("je suis pas paye / jamais ete payee / pas de salaire / pas recu mon salaire",
         r"\b(?:pas|pa|jamais|plus|aucun|aucune)\s(?:(?:encore|du\stout|toujours|ete|eu)\s){0,2}(?:<PPAY>|(?:de|d)\s(?:salaire|paie|paye)|(?:recu|touche|vu|eu)\s(?:(?:mon|ma|son|sa|notre|nos|leur|leurs|le|la|les|de|d|un|une|mes|ses|un\sseul|une\sseule)\s)?(?:salaire|paie|paye|argent|sou|centime|euro|dirham|rond|paiement)s?)\b"),
        ("il me paye pas / ne nous paie jamais / paie rien / en retard / que la moitie",
         r"\b(?:me|m|nous|les|la|le|l|lui|leur|te|t|vous)\s<PAYV>\s(?:pas|pa|jamais|plus|rien|que\sla\smoitie|a\smoitie|en\sretard|qu\sune\spartie|quand\sil\sveut|quand\sils\sveulent)\b"),
        ("il garde / a pris mon salaire",
         r"(?<!\bje\s)(?<!\bj\s)(?<!\bai\s)(?<!\bjai\s)\b(?:garde\w*|retien\w*|retenu\w*|bloque\w*|pris|prend|prennent|vole\w*|confisque\w*|mange\w*|bouff\w*)\s(?:(?:tout|toute|tous|la\smoitie\sde|une\spartie\sde)\s)?(?:mon|ma|son|sa|notre|nos|leur|leurs|le|les|mes|ses)\s(?:salaires?|paie|paye|argent|sous|paies)\b"),
        ("il me doit 3 mois de salaire",
         r"\b(?:me|m|nous|lui|leur|l|te|t)\s(?:doit|doivent|devait|devaient)\s(?:\w+\s){0,2}(?:mois|salaires?|paie|semaines|argent|euros?|dirhams?|ans|annees)\b"),
        ("salaire impaye / en retard / 3 mois sans salaire",
         r"\b(?:retard\w*\s(?:de|d|du|des|dans\sle|dans\sles)\s(?:salaires?|paie|paiements?)|(?:salaires?|mois|heures|semaines)\s(?:<FW>){0,1}(?:impaye\w*|non\spaye\w*|retenu\w*|bloque\w*|en\sretard|suspendu\w*)|sans\s(?:salaire|paie|etre\spaye\w*|rien\stoucher|toucher\sun\ssou|un\ssou))\b"),
        ("il va me payer a la fin du contrat / quand je rentre",
         r"\b(?:me|m|nous|les|la|le|l|lui|leur)\s(?:payer|paiera|paieront|payera|payeront|donner\s(?:mon|notre|leur|son)\s(?:salaire|argent))\s(?:\w+\s){0,3}?(?:a\sla\sfin\sdu\scontrat|a\sla\sfin\sde\sl\sannee|quand\s(?:je|on|nous|elle|il)\s(?:rentre|rentrons|pars|partons|part|finis|finit)|au\sretour|au\sdepart)"),
    ],
    "debt_bondage": [
        ("la dette augmente / ne diminue jamais",
         r"\bdettes?\b(?:\s\w+){0,4}?\s(?:augment\w*|grandit|grossit|monte\w*|double\w*|grimpe\w*|(?:ne\s)?(?:finit|diminue|baisse|descend)\s(?:jamais|pas)|(?:pas|jamais)\s(?:fini\w*|diminu\w*|baisse\w*)|interets?|sans\sfin)"),
        ("je dois rembourser une dette / le billet a l agence",
         r"\brembours\w*\s(?:<FW>){0,3}(?:dettes?|billet|voyage|visa|frais|agence|recruteur\w*|passeur\w*|patron\w*|employeur\w*|kafil|intermediaire\w*)\b"),
        ("je dois 3000 euros a l agence",
         r"\b(?:dois|doit|devons|doivent|devais|devait|devions|devaient)\s(?:encore\s|toujours\s)?(?:<NUM>\s?(?:<MONEY>\s)?|de\sl\sargent\s|beaucoup\s(?:d\sargent\s)?|une\sdette\s|des\sdettes\s|tout\s)(?:<FW>){0,2}?(?:a|au|aux)\s(?:l\s)?(?:agence|patron\w*|recruteur\w*|passeur\w*|employeur\w*|kafil|chef|agent|intermediaire\w*|boss|madame|monsieur|reseau)\b"),
        ("je travaille pour rembourser ma dette",
         r"\b(?:travaill\w*|bosse\w*|bosser)\s(?:<FW>){0,3}(?:pour|afin\sde)\s(?:rembourser|payer)\s(?:<FW>){0,2}(?:dettes?|billet|voyage|visa|frais|agence|passeur\w*)\b"),
        ("il retient la moitie de mon salaire pour la dette / le logement",
         r"\b(?:retien\w*|retenu\w*|enleve\w*|prend|prennent|pris|prelev\w*|deduit\w*|deduis\w*|coupe\w*|retire\w*)\s(?:<FW>){0,6}(?:pour|sur)\s(?:la|ma|sa|notre|leur|les|mes|nos|le|mon)\s(?:dettes?|billet|voyage|visa|frais|logement|nourriture|loyer)\b"),
        ("je peux pas partir tant que j ai pas rembourse",
         r"\b(?:peux|peut|pouvons|peuvent|pe)\s(?:pas|pa|jamais)\s(?:partir|quitter|rentrer|arreter|changer)\s(?:\w+\s){0,4}?(?:tant\sque|avant\sde|avant\sd\savoir|sans)\s(?:\w+\s){0,3}?(?:rembours\w*|payer|paye\w*|dette)"),
    ],
    "abusive_conditions": [
        ("on dort a 20 dans une chambre",
         r"\bdor\w*\s(?:<FW>){0,3}(?:a\s)?(?:[5-9]|[1-9]\d|dix|quinze|vingt|trente|plusieurs|nombreux|beaucoup)\s(?:\w+\s){0,3}(?:dans|par)\s(?:une|la|un|le|meme|chaque)\s(?:(?:seule?|petite?|meme)\s)?(?:chambre|piece|salle|container|conteneur|garage|local|dortoir|cabane|tente)\b"),
        ("je dors par terre / dans la cuisine",
         r"\bdor\w*\s(?:<FW>){0,2}(?:par\sterre|sur\sle\ssol|sur\sle\scarrelage|dehors|dans\sla\scuisine|dans\sla\ssalle\sde\sbain|dans\sle\sgarage|sur\sun\scarton|sur\sdes\scartons|dans\sla\sreserve|dans\sle\sdebarras|dans\sle\scouloir|sans\smatelas|sans\slit)\b"),
        ("pas d eau / rien a manger / sans toilettes",
         r"\b(?:pas|pa|jamais|aucun|aucune|rien|sans|plus)\s(?:(?:assez|suffisamment|beaucoup)\s)?(?:(?:de|d|a)\s)?(?:eau|eau\spotable|nourriture|manger|bouffe|repas|toilettes?|wc|douche|soins?|protection|gants|masque|casque|hygiene)\b"),
        ("on mange une fois par jour / les restes",
         r"\b(?:mang\w*|repas)\s(?:<FW>){0,3}(?:une\s(?:seule\s)?fois\spar\sjour|un\s(?:seul\s)?repas|les\srestes|que\sdu\spain|du\spain\ssec|que\sdu\sriz|pas\sassez)\b"),
        ("malade mais oblige de travailler",
         r"\bmalade\w*\s(?:\w+\s){0,5}?(?:oblig\w*|forc\w*|doi[st]|dois|doivent|fait\stravailler|font\stravailler)\s(?:(?:de|d|a)\s)?(?:travailler|bosser|continuer)\b"),
        ("logement insalubre / rats / cafards",
         r"\b(?:insalubre\w*|rats|cafards|punaises\sde\slit|plein\sde\smoisi\w*|dans\sle\sfroid|sans\sfenetre)\b"),
    ],
    "excessive_overtime": [
        ("16 heures par jour / 16h jour",
         r"\b<HRS>\s?(?:h|heures?|hrs?)\b\s(?:(?:de\stravail|par|chaque|tous\sles|toute\sla|le|sur)\s){0,2}(?:jour|jours|journee|j|24)\b"),
        ("je travaille 16 heures",
         r"\b(?:travaill\w*|bosse\w*)\s(?:<FW>){0,2}<HRS>\s?(?:h|heures?|hrs?)\b(?!\s(?:par|la|chaque|a\sla|toutes\sles|dans\sla)\s(?:semaine|semaines|mois))"),  # 20 h par semaine (a student's job) is not overtime
        ("7 jours sur 7 / 7 7 / 24h 24",
         r"\b(?:(?:7|sept)\s(?:jours?\s)?(?:sur\s|par\s)?(?:7|sept)|24\s?h?\s(?:sur\s)?24)\b"),
        ("pas de jour de repos / jamais de pause",
         r"\b(?:pas|pa|jamais|aucun|aucune|sans|zero)\s(?:(?:de|d|un)\s)?(?:jours?\s(?:de\s)?(?:repos|conge|off|libre)|repos|conges?|pause|pauses|vacances|weekend|week\send|dimanche)\b"),
        ("on travaille jour et nuit / de 5h a minuit",
         r"\b(?:travaill\w*|bosse\w*)\s(?:<FW>){0,2}(?:jour\set\snuit|nuit\set\sjour|tout\sle\stemps|sans\sarret|sans\s(?:pause|repos)|non\sstop|h24|du\smatin\sau\ssoir\set|de\s(?:[3-8]|cinq|six|quatre)\s?h?\w*\s(?:du\smatin\s)?(?:a|jusqu\sa)\s(?:minuit|2[1-4]\s?h|[0-3]\s?h))\b"),
        ("heures sup pas payees",
         r"\bheures\ssup\w*\s(?:<FW>){0,2}(?:pas|pa|jamais|non)\s(?:paye\w*|remunere\w*|compte\w*)"),
    ],
    "recruitment_fees": [
        ("ils demandent 2000 euros pour le visa",
         r"\b(?:(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient|fait\spayer|font\spayer)\s(?:<FW>){0,3}?<NUM>\s?(?:k\s)?<MONEY>\b(?:\s\w+){0,4}?\s(?:pour|de|du|des)\s(?:(?:avoir|obtenir|faire|acheter|trouver|signer)\s)?(?:(?:le|la|les|l|un|une|mon|ma|son|sa|des|ton|ta)\s)?(?:visa|contrat|travail|boulot|job|poste|emploi|dossier|billet|voyage|placement|recrutement|papiers|permis|inscription|frais|agence|places?)|(?:faut|fallait|dois|doit|devons|devez|doivent)\s(?:<FW>){0,3}?<NUM>\s?(?:k\s)?<MONEY>\b(?:\s\w+){0,4}?\s(?:pour|de|du)\s(?:(?:avoir|obtenir|trouver|signer)\s)?(?:(?:le|la|les|l|un|une|mon|ma|son|sa|ton|ta)\s)?(?:contrat|travail|boulot|job|poste|emploi|placement|recrutement|agence|places?))\b"),
        ("il demande de l argent pour le contrat / une avance",
         r"\b(?:demand\w*|exig\w*|reclam\w*|faut|veut|veulent|voulait)\s(?:<FW>){0,3}(?:frais|argent|avance|acompte|caution|commission|garantie|paiement)\s(?:<FW>){0,3}?(?:pour|de|du)\s(?:(?:le|la|l|un|une|mon|ma|son|sa|ton|ta)\s)?(?:visa|contrat|travail|boulot|job|poste|emploi|dossier|billet|placement|papiers|permis|place)\b"),
        ("j ai paye 1500 euros a l agence / payer le recruteur",
         r"\b(?:paye\w*|payer|verse\w*|donne\w*|envoye\w*)\s(?:<FW>){0,3}?(?:a|au|aux)\s(?:l\s)?(?:agence|agent|recruteur\w*|intermediaire\w*|passeur\w*|samsar|bureau|monsieur|type|gars|monsieur\sde\sl\sagence)\b"),
        ("frais de recrutement / de placement",
         r"\bfrais\s(?:de\s|d\s)?(?:recrutement|placement|agence|intermediaire|courtage|mise\sen\srelation)\b"),
        ("acheter un visa / un contrat",
         r"\b(?:achet\w*|vend\w*)\s(?:<FW>){0,2}(?:(?:un|le|la|des|les|mon|son|ton)\s)?(?:visas?|contrats?\sde\stravail|contrats?|permis\sde\stravail|postes?)\b"),
    ],
    "no_written_contract": [
        ("pas de contrat / sans contrat / aucun contrat",
         r"\b(?:pas|pa|jamais|aucun|sans)\s(?:(?:de|d)\s)?(?:contrats?|contract|ecrit)\b"),
        ("j ai jamais signe de contrat / pas vu le contrat / pas de copie",
         r"\b(?:pas|pa|jamais|rien)\s(?:encore\s)?(?:eu|vu|signe|recu|lu|donne|montre|garde)\s(?:(?:de|d|un|une|le|mon|ma|son|notre|leur|la|copie|du|aucun)\s){0,3}(?:contrats?|copie)\b"),
        ("contrat en arabe que je comprends pas",
         r"\bcontrats?\s(?:<FW>){0,4}(?:(?:en|dans\sune)\s\w+\s)?(?:que\s|qu\s|ke\s)?(?:je|j|il|elle|on|nous|ils)\s(?:(?:ne|n)\s)?(?:comprend\w*|lis|lit|peux\slire|peut\slire|sais\slire|sait\slire|pouvais\slire)\s(?:pas|pa|rien)\b"),
        ("contrat oral / juste une parole",
         r"\b(?:contrats?\s(?:oral|verbal|verbalement|de\sparole)|(?:juste|seulement|que)\s(?:une\s)?(?:parole|promesse\sorale|accord\soral|poignee\sde\smain))\b"),
        ("signer sans lire / une feuille blanche",
         r"\bsign\w*\s(?:<FW>){0,3}(?:sans\s(?:lire|le\slire|la\slire|comprendre|pouvoir\slire)|en\sblanc|(?:une\s)?feuille\sblanche|(?:un\s)?papier\sblanc|(?:une\s)?page\sblanche)\b"),
        ("le contrat on le signe la bas / a l arrivee",
         r"\bcontrats?\s(?:<FW>){0,3}(?:la\sbas|sur\splace|a\sl\sarrivee|en\sarrivant|apres\sl\sarrivee|quand\s(?:on|tu|je|vous)\s(?:arrive\w*|sera\w*\sla\sbas))\b"),
    ],
    "contract_substitution": [
        ("on m a fait signer un autre contrat",
         r"\bsign\w*\s(?:<FW>){0,3}(?:autre|nouveau|nouvel|deuxieme|second|different)\s(?:contrat|papier|document)\b"),
        ("un autre contrat a l arrivee / a l aeroport",
         r"\b(?:autre|nouveau|deuxieme|second|different)\s(?:contrat|papier)\s(?:<FW>){0,4}(?:a\sl\s(?:arrivee|aeroport)|en\sarrivant|sur\splace|la\sbas|different|moins\spaye|en\sarabe)\b"),
        ("le contrat a change / est different / pas le meme",
         r"\bcontrats?\s(?:<FW>){0,3}(?:change\w*|modifi\w*|remplace\w*|dechir\w*|(?:pas|plus)\sle\smeme|different\w*|falsifi\w*)\b"),
        ("pas le meme contrat",
         r"\b(?:pas|plus)\s(?:du\stout\s)?le\smeme\scontrat\b"),
        ("signer un contrat a l aeroport / en arrivant",
         r"\bsign\w*\s(?:<FW>){0,4}(?:a\sl\s?aeroport|a\sl\sarrivee|en\sarrivant|des\sl\sarrivee|a\smon\sarrivee|a\snotre\sarrivee)\b"),
    ],
    "wrong_visa": [
        ("visa touriste pour travailler",
         r"\bvisas?\s(?:de\s|d\s)?(?:touriste|tourisme|touristique|visite|visiteur|omra|hajj|etudiant|etude|etudes|affaires|transit|familial|famille)\b(?:\s\w+){0,8}?\s(?:travaill\w*|bosser|boulot|travail|emploi|job|chang\w*|transform\w*|convert\w*|regularis\w*)\b"),
        ("travailler avec un visa touriste",
         r"\b(?:travaill\w*|bosse\w*|bosser|travail|emploi|job|boulot)\s(?:<FW>){0,4}(?:avec|sous|sur|par)\s(?:(?:un|une|le|la|mon|son|des|ton)\s)?visas?\s(?:de\s|d\s)?(?:touriste|tourisme|touristique|visite|visiteur|omra|etudiant|transit)\b"),
        ("entrer comme touriste puis travailler",
         r"\b(?:entrer|rentrer|partir|aller|venir|voyager|arrive\w*|entre\w*|parti\w*|venu\w*)\s(?:<FW>){0,2}(?:comme|en\stant\sque|en)\s(?:touristes?|visiteurs?|etudiant\w*|pelerins?)\s(?:\w+\s){0,6}?(?:travaill\w*|bosser|travail|emploi|job|papiers)\b"),
        ("ils changeront le visa la bas",
         r"\b(?:chang\w*|transform\w*|convert\w*|regularis\w*)\s(?:<FW>){0,3}(?:visas?|statut|papiers)\s(?:<FW>){0,3}(?:la\sbas|sur\splace|apres|une\sfois\sarrive\w*|en\sarrivant|plus\stard)\b"),
        ("pas besoin de visa de travail",
         r"\b(?:sans|pas\sbesoin\s(?:de|d)|pas\sde)\s(?:visas?|permis)\s(?:de\s)?travail\b"),
    ],
    "unrealistic_offer": [
        ("3000 euros par mois sans experience",
         r"\b(?:\d{4,}|\d+\s?k|\d+\s\d{3}|mille|\w+\smille)\s(?:<MONEY>\s)?(?:(?:par|le|chaque)\s)?(?:mois\s)?(?:\w+\s){0,5}?(?:sans|pas\sbesoin\s(?:de|d)|aucune?)\s(?:experience|diplome|qualification|competence|formation|langue|cv)\b"),
        ("sans experience et bien paye / 3000 euros",
         r"\b(?:sans|pas\sbesoin\s(?:de|d)|aucune?|zero)\s(?:experience|diplome|qualification|competence|formation|langue|cv)\b(?:\s\w+){0,8}?\s(?:\d{4,}|\d+\s\d{3}|mille|bien\spaye\w*|tres\spaye\w*|gros\ssalaire|tres\sbon\ssalaire|salaire\s(?:eleve|enorme|tres))\b"),
        ("travail facile et bien paye / argent facile",
         r"\b(?:(?:travail|boulot|job|emploi)\s(?:tres\s)?(?:facile|simple|tranquille)\s(?:et\s)?(?:tres\s|bien\s|super\s|tres\sbien\s)?(?:pay\w*|remunere\w*)|argent\s(?:facile|rapide))\b"),
        ("gagner beaucoup facilement / rapidement",
         r"\bgagn\w*\s(?:<FW>){0,4}(?:facilement|rapidement|vite|sans\seffort|en\speu\sde\stemps|des\smilliers|une\sfortune)\b"),
        ("salaire incroyable / trop beau pour etre vrai",
         r"\b(?:(?:salaire|paye|paie|remuneration)\s(?:<FW>){0,2}(?:enorme|tres\seleve|incroyable|exceptionnel|tres\sgros|de\sreve|astronomique)|trop\sbeau\spour\setre\svrai)\b"),
    ],
    "secrecy_request": [
        ("ne dis rien a ta famille / ne le dis pas a la police",
         r"(?<!\bje\sne\s)(?<!\bje\sn\s)(?<!\bje\s)(?<!\bj\s)(?<!\bje\sleur\s)(?<!\bje\slui\s)\b(?:dis|dire|dites|parle|parler|parlez|raconte|raconter|racontez)\s(?:(?:le|la|les|l|en|ca|lui|leur)\s)?(?:rien|pas|pa|jamais)\s(?:(?:de|d|a|au|aux|ca|cela|sur|en|ce)\s){0,3}(?:(?:ta|ma|sa|votre|notre|leur|la|les|l|tes|mes|ses|tes|vos|nos)\s)?(?:<KIN>|<AUTH>|personne)\b"),
        ("il m a dit de rien dire / de ne pas parler a la police",
         r"\b(?:de\s|d\s)(?:ne\s|n\s)?(?:rien|pas|pa|jamais|jamais\srien)\s(?:(?:en|le|la|l|lui|leur)\s)?(?:dire|parler|raconter|mentionner|reveler|signaler)\s(?:(?:de|d|a|au|aux|ca|cela|sur|en|ce|rien)\s){0,3}(?:(?:ta|ma|sa|votre|notre|leur|la|les|l|tes|mes|ses|vos|nos)\s)?(?:<KIN>|<AUTH>|personne)\b"),
        ("ne le dis a personne",
         r"\b(?:dis|dites|dire|raconte|racontes|racontez|raconter|parlez|parler|montre|montrer)\s(?:(?:le|la|l|en|ca|rien)\s)?a\spersonne\b"),
        ("garde le secret / ca reste entre nous",
         r"\b(?:garde\w*|reste\w*|rester|tenir|tiens)\s(?:(?:le|ca|cela|la\schose|tout)\s)?(?:secret|discret\w*|entre\snous|en\ssecret)\b"),
        ("dis a la douane que tu es touriste",
         r"\b(?:dis|dire|dites|reponds|repondre|pretend\w*|fais\ssemblant|faire\ssemblant)\s(?:(?:que|qu|a\sla\sdouane|a\sla\spolice|aux\sdouaniers|a\sl\saeroport|aux\sautorites|a\sl\sambassade|au\sconsulat|de)\s){1,3}(?:tu\ses|tu\svas|je\ssuis|on\sest|vous\setes|c\sest|etre|tu\sviens|vous\svenez)\s(?:(?:un|une|en|pour|des)\s)?(?:touristes?|visite|vacances|etudiant\w*|tourisme|pelerinage|omra)\b"),
    ],
    "unverifiable_recruiter": [
        ("pas de bureau / agence sans licence",
         r"\b(?:pas|pa|aucun|aucune|sans|jamais)\s(?:(?:de|d|vrai)\s)?(?:bureau|bureaux|agence\sofficielle|adresse\s(?:fixe|officielle)|licence|agrement|numero\sd\sagrement|enregistrement|registre|site\s(?:web|internet)|local|siege)\b"),
        ("juste un numero whatsapp / seulement sur facebook",
         r"\b(?:juste|seulement|que|uniquement|rien\sque)\s(?:(?:par|sur|via|un|une|son|sa|le|la)\s)?(?:(?:numero|num|page|profil|compte)\s(?:\w+\s)?)?(?:whatsapp|watsap|wathsapp|facebook|fb|tiktok|instagram|insta|telegram|imo|snapchat|messenger|(?:numero|num)\sde\s(?:telephone|tel|portable))\b"),
        ("offre / agent trouve sur facebook / tiktok",
         r"\b(?:recrut\w*|offre|offres|annonce|annonces|agent|agence|recruteur|poste|travail|boulot)\s(?:<FW>){0,4}(?:sur|par|via|dans)\s(?:facebook|fb|tiktok|tik\stok|instagram|insta|telegram|whatsapp|snapchat|un\sgroupe\s(?:facebook|whatsapp|telegram))\b"),
        ("rendez vous dans un cafe / on se voit dans la rue",
         r"\b(?:rendez\svous|rdv|rencontr\w*|se\svoit|se\svoir|se\sretrouve\w*|nous\sretrouve\w*|nous\svoit|retrouver)\s(?:<FW>){0,3}?(?:dans\sun|au|a\sun|dans\sla|dans\sune|a\sla|devant\sla|devant\sle|sur\sle|dans\sle)\s(?:cafe|cafeteria|rue|voiture|parking|gare|station|marche|snack)\b"),
        ("il refuse de donner son nom / de montrer sa licence",
         r"\b(?:refuse\w*\sde\s(?:donner|dire|montrer)|(?:veut|veulent|voulait)\s(?:pas|pa|jamais)\s(?:donner|dire|montrer)|(?:donne|dit|montre|donnent|disent|montrent)\s(?:pas|pa|jamais))\s(?:(?:son|le|sa|ses|leur|leurs|les|l|de)\s)?(?:vrai\s)?(?:nom|adresse|licence|agrement|papiers|carte|identite|bureau)\b"),
    ],
    "documents_requested": [
        ("donner mon passeport a l agent / laisser chez eux",
         r"\b(?:donn\w*|laiss\w*|envoy\w*|remet\w*|remis|depos\w*|confi\w*|apport\w*)\s(?:<FW>){0,2}<POSS>\s(?:vrai\s)?<DOC>\s(?:\w+\s){0,2}?(?:a|au|aux|chez)\s(?:l\s)?(?:agence|agent|agents|recruteur\w*|intermediaire\w*|samsar|bureau|patron\w*|employeur\w*|eux|lui|elle|monsieur|madame|type|gars|homme|femme|passeur\w*|kafil)\b"),
        ("ils demandent mon passeport (original)",
         r"(?<!police\s)(?<!police\sm\sa\s)(?<!police\sma\s)(?<!police\snous\sa\s)(?<!policier\sm\sa\s)(?<!consulat\s)(?<!ambassade\s)(?<!prefecture\s)(?<!douane\s)(?<!douanier\s)(?<!gendarme\s)(?<!controleur\s)\b(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient)\s(?:<FW>){0,2}<POSS>\s(?:vrai\s)?<DOC>\b"),
        ("il faut lui donner mon passeport / leur envoyer",
         r"\b(?:lui|leur|vous)\s(?:donn\w*|laiss\w*|envoy\w*|remet\w*|remettre|remis|confi\w*|apport\w*)\s(?:(?:tous|toutes)\s)?<POSS>\s(?:vrai\s)?<DOC>\b"),
        ("ils gardent ton passeport jusqu au depart",
         r"\b<AGENT>\s(?:<OBJ>\s)?(?:(?:va|vont|veut|veulent|doit|doivent)\s)?gard\w*\s(?:<POSS>\s)?<DOC>\s(?:\w+\s){0,3}?(?:jusqu|avant\sle\sdepart|pendant|le\stemps|pour\sle\svisa|pour\sfaire)"),
        ("envoie une photo de ton passeport sur whatsapp",
         r"\b(?:copie|photo|scan|photocopie)\s(?:de\s|du\s|d\s)?(?:<POSS>\s)?<DOC>\s(?:\w+\s){0,3}?(?:sur|par|via)\s(?:whatsapp|facebook|messenger|telegram|imo|tiktok|instagram|insta|watsap)\b"),
    ],
    "travel_debt": [
        ("le billet sera rembourse sur ton salaire",
         r"\b(?:billet|voyage|visa|frais|transport|vol|avion|traversee)\s(?:<FW>){0,6}?(?:rembours\w*|pay\w*|pai\w*|retenu\w*|deduit\w*|preleve\w*|retir\w*|enleve\w*)\s(?:<FW>){0,4}?(?:sur|avec|par|de|du|des|a\spartir\sdu|a\spartir\sde)\s(?:(?:le|ton|mon|son|notre|vos|votre|les|tes|mes|ses|ta|ma|la)\s)?(?:premiers?\s)?(?:salaires?|paie|paye|mois|travail)\b"),
        ("l agence paye le billet et on rembourse avec le salaire",
         r"\b(?:avanc\w*|pay\w*|pai\w*|offr\w*|prend\w*\sen\scharge|finance\w*)\s(?:<FW>){0,3}(?:(?:le|la|les|ton|ta|tes|votre|vos)\s)?(?:billet|voyage|visa|frais|transport|vol)\b(?:\s\w+){0,8}?\s(?:rembours\w*|retenu\w*|deduit\w*|preleve\w*|sur\s(?:le|ton|mon|votre|son|ses|tes)\s(?:salaire|paie)|avec\s(?:le|ton|mon|votre|son|ses|tes)\s(?:salaire|paie|travail))\b"),
        ("tu payes apres / vous rembourserez en travaillant",
         r"\b(?:tu|vous|on)\s(?:(?:le|la|les|l|lui|leur|nous|me|te)\s)?(?:rembours\w*|pai\w*|pay\w*)\s(?:<FW>){0,2}(?:apres|plus\stard|une\sfois\s(?:la\sbas|arrive\w*|sur\splace)|en\stravaillant|quand\s(?:tu|vous|on)\s(?:travaill\w*|commenc\w*|arriv\w*|touch\w*))\b"),
        ("le voyage est gratuit / paye par l agence",
         r"\b(?:voyage|billet|visa|vol|transport|billets)\s(?:<FW>){0,2}(?:gratuit\w*|offert\w*|pris\sen\scharge|paye\w*\spar\s(?:l\sagence|le\spatron|l\semployeur|eux|lui|le\srecruteur|la\ssociete))\b"),
    ],
    "romance_offer": [
        ("un homme rencontre sur facebook veut m epouser / m emmener",
         r"\b(?:rencontr\w*|connu\w*|connais|copain|copine|petit\sami|petite\samie|amoureux|amoureuse|fiance\w*|homme|femme|gars|mec)\s(?:<FW>){0,5}(?:sur|par|via|en)\s(?:<SOCIAL>|ligne)\b(?:\s\w+){0,15}?\s(?:mari\w*|epous\w*|fianc\w*|emmen\w*|fai\w*\svenir|rejoindre|billet|visa)"),
        ("il veut m epouser et m emmener en europe",
         r"\b(?:veut|voulait|veulent|propose\w*|promis|promet\w*)\s(?:de\s|d\s)?(?:m|me|l|la|le|nous)\s(?:epouser|marier)\b(?:\s\w+){0,10}?\s(?:emmen\w*|venir|rejoindre|partir|billet|visa|voyage|etranger|europe|france|canada|la\sbas|chez\slui|chez\selle)\b"),
        ("mon copain de facebook / mon fiance en ligne",
         r"\b(?:mon|ma|son|sa)\s(?:copain|copine|petit\sami|petite\samie|amoureux|amoureuse|fiance|fiancee|cheri|cherie|amant|ami)\s(?:<FW>){0,3}(?:sur|de|d|en|du)\s(?:<SOCIAL>|ligne)\b"),
        ("je l ai jamais vu en vrai",
         r"\b(?:jamais|pas)\s(?:encore\s)?(?:vu\w*|rencontr\w*)\s(?:<FW>){0,3}(?:en\svrai|en\spersonne|physiquement|de\sma\svie|face\sa\sface)\b"),
    ],
}

URGENT = {
    "locked_in_now": [
        ("je suis enfermee / on est sequestres",
         r"\b(?:suis|sommes|est|sont|me\strouve|reste|on\sest)\s(?:<FW>){0,2}(?:enferm\w*|sequestr\w*|(?:bloque\w*|coince\w*)\s(?:dans|a\sl\sinterieur)|prisonni\w*|retenue?s?\sde\sforce)\b"),
        ("ils m ont enfermee dans la chambre",
         r"\b(?:m|nous|l|la|les|ma|mont)\s(?:(?:a|ont|vient\sde|viennent\sde)\s)?(?:enferm\w*|sequestr\w*)\s(?:<FW>){0,3}(?:dans|a\scle|ici|maintenant|depuis|avec)\b"),
        ("je peux pas sortir aidez moi / enfermee maintenant",
         r"\b(?:enferm\w*|sequestr\w*|(?:peux|peut|pouvons|peuvent|pe)\s(?:pas|pa|plus)\ssortir)\b(?:\s\w+){0,4}?\s(?:<NOW>|<HELP>)\b"),
    ],
    "violence_now": [
        ("il est en train de me frapper",
         r"\ben\strain\sde\s(?:me|m|nous|la|le|les|l|lui)\s(?:frap+\w*|battre|tabass\w*|viol\w*|etrangl\w*|tuer|agress\w*)"),
        ("il me frappe maintenant / au secours",
         r"\b(?:me|m|nous|la|l|les)\s(?:frap+\w*|bat|battent|tabass\w*|etrangl\w*|viol\w*|agress\w*)\b<NN>(?:\s\w+){0,3}?\s(?:<NOW>|<HELP>|encore)\b"),
        ("au secours il me frappe",
         r"\b<HELP>\b(?:\s\w+){0,4}?\s(?:frap+\w*|bat|battent|tabass\w*|viol\w*|agress\w*|tue|tuer|couteau|sang|saigne)"),
        ("je saigne / perdu connaissance",
         r"\b(?:saigne|saignes|saignent|saignement|sang\spartout|blesse\w*\sgrave\w*|perdu\sconnaissance|evanoui\w*|os\scasse|bras\scasse|il\sm\sa\scasse)\b<NN>"),
    ],
    "threat_to_life": [
        ("il va me tuer / menace de nous tuer",
         r"\b(?:va|vont|veut|veulent|menace\w*|allait|allaient|essaye\w*|essaie\w*|essayer|peut|peuvent|vais)\s(?:(?:de|d)\s)?(?:me|m|nous|la|le|les|l|te|t)\s(?:tuer|egorger|assassiner|buter|bruler|etrangler|noyer|faire\sdisparaitre)\b"),
        ("tuer ma famille",
         r"\b(?:tuer|egorger|assassiner|buter)\s(?:ma|mes|sa|ses|notre|nos|leur|leurs|ta|tes)\s(?:famille|enfants?|mere|pere|parents|soeurs?|freres?|fils|fille|mari|femme)\b"),
        ("il a un couteau / une arme",
         r"\b(?:a|ont|sort\w*|pointe\w*|tient|brandi\w*|menace\w*\savec)\s(?:un|une|son|sa|le|la)\s(?:couteau|arme|pistolet|fusil|revolver|machette|flingue|barre\sde\sfer)\b"),
        ("je vais mourir / je veux me suicider",
         r"\b(?:(?:vais|va|vont|allons)\s(?:mourir|crever)|(?:veux|veut|envie\sde|pense\sa|penser\sa|vais)\s(?:me\s|se\s)?(?:suicider|tuer|en\sfinir)|suicid\w*)\b"),
        ("menaces de mort / ma vie est en danger",
         r"\b(?:menaces?\sde\smort|danger\sde\smort|(?:ma|sa|notre|leur)\svie\s(?:est\s)?en\sdanger|peur\sde\smourir|peur\squ\sil\sme\stue)\b"),
    ],
    "child_at_risk": [
        ("j ai 15 ans / elle a 14 ans",
         r"\b(?:j\sai|jai|g|je\sn\sai\sque|j\sai\sque|jai\sque)\s<AGE>\s?ans\b(?!\s(?:d\s?experience|de\s\w+|que|qu|dans|en|au|a\sl|deja|plus\stard))"),
        ("mineur / fille de 14 ans / moins de 18 ans",
         r"\b(?:mineure?s?|moins\sde\s(?:1[5-8])\sans|(?:fille|fils|garcon|soeur|frere|enfant|enfants|niece|neveu|cousine?|petite|petit|fillette|gamine?)\s(?:de|d|qui\sa)\s<AGE>\s?ans)\b"),
        ("des enfants travaillent / exploites",
         r"\b(?:enfants?|mineure?s?|fillettes?|petites?\sfilles|gamins?|gamines?)\s(?:<FW>){0,3}(?:travaill\w*|exploit\w*|vendu\w*|vendre|marie\w*|mariage|prostitu\w*|frap+\w*|battu\w*|mendi\w*|envoy\w*\sa\sl\setranger|emmen\w*|enferm\w*)\b"),
        ("elle a 14 ans et elle travaille chez eux",
         r"\b(?<!\by\s)a\s<AGE>\s?ans\b(?:\s\w+){0,6}?\s(?:travaill\w*|bosse\w*|mari\w*|fianc\w*|exploit\w*|enferm\w*|frap+\w*|battu\w*|emmen\w*|envoy\w*|vendu\w*|bonne|domestique|menage|usine|champs?|chantier|client\w*|prostitu\w*)\b"),
        ("marier ma fille de 14 ans",
         r"\bmari\w*\s(?:<FW>){0,4}<AGE>\s?ans\b"),
    ],
}

NEGATION = {
    "cues": ["pas", "pa", "jamais", "rien", "aucun", "aucune", "personne", "point", "nullement", "du tout",
             "n a pas", "na pas", "n ont pas", "nont pas", "ont pas", "a pas", "n ai pas", "nai pas",
             "n est pas", "nest pas", "ne pas", "n a jamais", "na jamais", "n ont jamais"],
    "window": 2,
}
