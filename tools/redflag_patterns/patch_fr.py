"""Second pass on the French patterns, from the dev narratives (data/knowledge/red_flags/narratives/dev_narratives.yml)."""
from gen_fr import CODES, F, NEGATION, URGENT, x  # noqa: F401

F["KIN"] = (r"(?:famille|parents|mere|maman|pere|papa|mari|femme|enfants?|proches|s(?:oe|œ)urs?|freres?|amis?|fils|fille"
            r"|cousins?|cousines?)")
F["MONEY"] = (r"(?:euros?|eur|dollars?|usd|dirhams?|dh|dhs|mad|dinars?|da|dt|fcfa|cfa|f|francs?|livres?|riyals?|rials?"
              r"|nairas?|cedis?)")
F["AGENTN"] = (r"(?:patron\w*|agence|agent|agents|employeur\w*|chef|chef\sd\sequipe|kafil|kefil|garant|sponsor|recruteur\w*"
               r"|madame|monsieur|maitre\w*|proprietaire\w*|passeur\w*|intermediaire\w*|boss|societe|entreprise"
               r"|superviseur\w*|contremaitre\w*|gardiens?|surveillant\w*|responsable\w*|marabout|gerant\w*|famille|mari)")
F["POSS"] = r"(?:mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|le|la|les|l|ton|ta|tes)"
F["CHILDRISK"] = (r"(?:travaill\w*|bosse\w*|mendi\w*|frap+\w*|battu\w*|bat|viol\w*|exploit\w*|bonne|domestique|placee?s?"
                  r"|orpaillage|chantier|champs?|usine|mari\w*|fianc\w*|enferm\w*|vendu\w*|prostitu\w*|client\w*|marabout)")


from fragments import edit, put, put_all  # noqa: E402


C, U = CODES, URGENT

# ---- abuse_of_vulnerability: status / what the employer knows
put(C, "abuse_of_vulnerability", 1, "il sait que je suis sans papiers / que je parle pas la langue / demande d asile",
    r"\b(?:sait|savent|savait|savaient|connait|connaissent)\s(?:que|qu|ke)\s(?:<FW>){0,6}(?:sans\s(?:papiers?|papie|titre|visa|permis)|illegal\w*|clandestin\w*|irregulier\w*|en\ssituation\sirreguliere|(?:demande|demandeur|demandeuse)\sd\sasile|refugie\w*|(?:pas|pa|plus|aucun|aucune)\s(?:de\s|d\s)?(?:papiers?|papie|titre|carte\sde\ssejour|visa|permis|famille\sici|endroit\sou\saller)|(?:parle|parlons|parlent|parlait)\s(?:pas|pa)\s(?:la\slangue|\w+)|connai\w*\spersonne|(?:ne\s|n\s)?(?:peux|peut|pouvons|peuvent|pe)\s(?:pas|pa|rien|jamais)\s(?:\w+\s){0,2}(?:police|plainte|partir|rentrer|aller|dire|faire|travailler))")

# ---- deception
put(C, "deception", 0, "c est pas le travail (qu on m a) promis / pas comme prevu",
    r"\b(?:pas|pa|plus)\s(?:du\stout\s)?(?:(?:le|la|les|du|un|une)\s(?:(?:meme|vrai)\s)?(?:travail|boulot|job|emploi|poste|salaire|metier|pays|ville|contrat|conditions)\s|(?:ce|celui|celle|comme|ca|cela)\s)(?:<FW>){0,4}?(?:promis|prevu|convenu|annonce|propose\w*|dit|signe|decrit)\b")
put(C, "deception", 1, "on m a promis / on m avait dit que c etait ... mais / en vrai",
    r"\b(?:on\s)?(?:<AUXP>|<AGENT>)\s(?:(?:m|me|nous|lui|leur|t)\s)?(?:a\s|ont\s|avait\s|avaient\s)?(?:promis|fait\scroire|garanti|assure|propose|parle\sd\w*|dit\sque\s(?:c\setait|ce\sserait|ca\sserait|j\sallais|je\sserais|je\sferais|elle\sserait|il\sserait|elle\sallait|il\sallait|ce\setait|on\sallait|on\sserait|tu\svas|tu\sserais))\s(?:\w+\s){1,12}?(?:mais|en\sfait|en\svrai|finalement|au\slieu|alors\sque|pourtant|a\sla\splace|en\srealite|maintenant|aujourd\shui|a\sl\sarrivee)\b")
put(C, "deception", 4, "elle devait etre aide soignante ... a l arrivee / venue pour ... mais",
    r"\b(?:venu\w*|venir|venus|recrute\w*|embauche\w*|engage\w*|devait|devais|devaient|devions|allait|allais)\s(?:<FW>){0,2}(?:pour|comme|etre|travailler|faire|bosser)\s(?:\w+\s){1,8}?(?:mais|en\sfait|en\svrai|finalement|alors\sque|au\slieu|a\sl\sarrivee|maintenant)\b")
put(C, "deception", None, "on me donne 50 alors qu on m avait dit 110 / au lieu des 1400 promis",
    r"\b(?:alors\squ\s?(?:\w+\s){0,3}?(?:on|ils|il|elle|l\sagence|l\sagent)\s(?:m|nous|lui|leur)\s(?:avait|avaient|a|ont)\s(?:dit|promis|annonce)|au\slieu\s(?:de|des|du)\s(?:\w+\s){0,2}(?:promis|prevu\w*|convenu\w*|annonce\w*))\b")

# ---- restriction_of_movement
put(C, "restriction_of_movement", None, "elle est bloquee chez ses patrons / personne part",
    r"\b(?:(?:bloque\w*|coince\w*|retenue?s?|prisonni\w*)\s(?:<FW>){0,1}(?:chez\s(?:ses|son|sa|leur|leurs|mes|mon|ma|le|la|les|l|eux|lui|elle)|dans\s(?:la\smaison|le\shangar|l\sappartement|la\schambre|le\sfoyer|l\susine|le\scamp))|personne\s(?:ne\s)?(?:part|sort|quitte|peut\s(?:partir|sortir))\s(?:tant|avant|sans|d\sici))\b")

# ---- isolation
put(C, "isolation", 1, "je peux pas appeler ma famille / ils la laissent pas toucher au telephone",
    r"\b(?:peux|peut|pouvons|peuvent|pouvais|pouvait|pouvaient|pe|peu|laisse|laissent|laissait|laissaient|a|ai|avons|ont|avait|avaient)\s(?:pas|pa|jamais|plus)\s(?:(?:le|de|d|la)\s)?(?:droit\s)?(?:(?:de|d)\s)?(?:(?:me|m|nous|lui|leur|se|s)\s)?(?:(?:appeler|telephoner|parler|contacter|ecrire|joindre|voir|communiquer|avoir\s(?:de\s)?(?:contact|nouvelles))\s(?:(?:a|avec|aux|au)\s)?(?:(?:ma|mes|sa|ses|notre|nos|leur|leurs|la|les|l|personne|quelqu\sun|des|mon|son|ton)\s)?(?:<KIN>|<AUTH>|autres|exterieur|monde|personne|gens)|(?:toucher|utiliser|avoir|garder|prendre)\s(?:(?:au|a\sson|a\sleur|a\sun|le|son|leur|un|de|mon|sa|ma)\s)?<PHONE>)\b")
put(C, "isolation", 5, "le telephone ils le gardent dans leur chambre / elle a plus de telephone",
    r"\b(?:<PHONE>\s(?:<FW>){0,1}(?:ils|elle|il|elles|on|la\spatronne|le\spatron|madame|monsieur)\s(?:le|la|les|l|lui|me|nous)\s(?:gard\w*|pren\w*|confisqu\w*|cach\w*|retien\w*|ferm\w*|enferm\w*)|(?:a|ai|avons|ont|avait)\splus\s(?:de\s|d\s)<PHONE>|(?:parle\w*|vu\w*)\sa\spersonne\s(?:dehors|de\sl\sexterieur))\b")

# ---- physical_sexual_violence
put(C, "physical_sexual_violence", 0, "il me frappe / il m a frappe / ils nous battent / il la frappe / le maitre le frappe",
    r"\b(?:me|m|nous|te|t|la|le|l|les|lui|leur|ma|mont)\s(?:(?:a|ont|avait|avaient)\s)?(?:frap+\w*|battu\w*|bat|battent|battait|battaient|gifl\w*|cogn\w*|tabass\w*|fouett\w*|etrangl\w*|brul\w*|tire\sles\scheveux|donne\sdes\scoups|donnent\sdes\scoups|jete\w*\spar\sterre|tripot\w*|pelot\w*)\b<NN>")
put(C, "physical_sexual_violence", 1, "le contremaitre frappe les ouvriers / les gardiens ont frappe moussa",
    r"\b<AGENT>\s(?:(?:frap+\w*|bat|battent|battait|battaient|tabass\w*|gifl\w*|cogn\w*|fouett\w*|tripot\w*|pelot\w*)\s(?:les|des|ses|nos|mes|leurs|tout\sle\smonde|tous\sceux|toutes\scelles|ceux|celles|la\sbonne|les\sbonnes|les\souvriers|les\sfilles|les\sfemmes)|(?:a|ont|avait|avaient)\s(?:frap+\w*|battu\w*|tabass\w*|gifl\w*|cogn\w*|fouett\w*|tripot\w*|viol\w*))\b")
put(C, "physical_sexual_violence", 4, "force a coucher avec / il vient dans sa chambre la nuit",
    r"\b(?:(?:forc\w*|oblig\w*|pouss\w*|contrain\w*)\s(?:<FW>){0,2}(?:a|de|d)\s(?:coucher|dormir\savec|faire\sl\samour|avoir\sdes\srelations|(?:me|se|nous|te)\sprostituer|la\sprostitution|faire\sle\strottoir|faire\sdes\spasses|recevoir\sdes\sclients|(?:du|le)\ssexe)|(?:vient|viennent|venait|rentre|entre|entrait)\s(?:<FW>){0,2}(?:dans|a)\s(?:ma|sa|leur|notre)\schambre\s(?:<FW>){0,2}(?:la\snuit|le\ssoir|quand|pendant))")

# ---- intimidation_threats
put(C, "intimidation_threats", 1, "il va me denoncer / me fera arreter / va me tuer / appeler la police",
    r"\b(?:va|vont|veut|veulent|allait|allaient|pourrait|pourraient|peut|peuvent|fera|feront|ferait|feraient)\s(?:(?:me|nous|la|le|les|l|m|te|t|lui|leur)\s)?(?:faire\s)?(?:denonc\w*|expuls\w*|renvoy\w*\s(?:au|dans\smon|dans\sson|chez)|arret\w*|balanc\w*|signaler|livrer\sa\sla\spolice|appeler\s(?:la\spolice|l\simmigration|les\sflics|les\sgendarmes)|tuer|frapper|virer|mettre\sen\sprison)")
put(C, "intimidation_threats", 2, "si je pars / s il part ... il va (me tuer / faire du mal / le regretter / amende)",
    r"\b(?:si\s(?:je|j|on|nous|elle|il|tu|vous|ils|elles|ma\sfille|mon\sfils)|s\s(?:il|ils))\s(?:(?:me|m|le|la|l|lui|leur|en|se|s)\s)?(?:pars|partons|part|quitte|quittons|parle|parlons|plains|plaint|refuse|refusons|dis|dit|appelle|enfuis|enfuit|fuis|fuit|sors|sort|rentre|arrete|porte\splainte|vais\sa\sla\spolice|va\sa\sla\spolice)\b(?:\s\w+){0,7}?\s(?:va|vont|allait|allaient|fera|feront|menace\w*|tuer|tue|frapper|faire\sdu\smal|denonc\w*|expuls\w*|police|regrett\w*|amende\w*|paiera|payera)\b")
put(C, "intimidation_threats", None, "il coupera nos heures si on se plaint / ou j appelle la police",
    r"\b(?:(?:coup\w*|baiss\w*|retir\w*|enlev\w*|vir\w*|renvoy\w*|licenci\w*|expuls\w*|denonc\w*|arret\w*|tuer|frapper|fera|feront|va|vont)\b(?:\s\w+){0,5}?\ssi\s(?:je|j|on|nous|tu|vous|il|elle|ils|elles)\s(?:(?:me|m|se|s|nous|vous|te|t|le|la|l|lui|leur|en)\s)?(?:plain\w*|part|pars|partons|parle\w*|refus\w*|dis|dit|arrete|quitt\w*|enfui\w*|va\sa\sla\spolice|vais\sa\sla\spolice|porte\w*\splainte|rends\spas|rend\spas|sort\w*)|(?:ou|sinon|autrement)\s(?:je|j|il|on|ils|elle)\s(?:(?:te|t|vous|la|le|l|les)\s)?(?:appelle\w*\s(?:la\spolice|l\simmigration|les\sflics|les\sgendarmes)|denonce\w*|fais\sexpulser|fait\sexpulser|renvoie\w*|vire\w*|tue\w*|frappe\w*))\b")

# ---- retention_of_documents
put(C, "retention_of_documents", None, "le patron a mis nos passeports dans son coffre",
    r"\b(?:mis|met|mettent|enferme\w*|range\w*|depose\w*)\s<POSS>\s<DOC>\s(?:dans|sous|au|a)\s(?:(?:son|sa|leur|le|un|la|ses)\s)?(?:coffre|bureau|tiroir|armoire|cle|chambre|poche|sac|valise)\b")

# ---- withholding_of_wages
put(C, "withholding_of_wages", 1, "il me paye pas / le patron paye pas / en retard / que la moitie",
    r"\b(?:(?:me|m|nous|les|la|le|l|lui|leur|te|t|vous)|<AGENT>(?:\s(?:me|m|nous|les|la|le|l|lui|leur))?)\s<PAYV>\s(?:pas|pa|jamais|plus|rien|que\sla\smoitie|a\smoitie|en\sretard|qu\sune\spartie|quand\sil\sveut|quand\sils\sveulent)\b")
put(C, "withholding_of_wages", 4, "salaire impaye / 3 mois sans salaire / le salaire de mars toujours rien",
    r"\b(?:retard\w*\s(?:de|d|du|des|dans\sle|dans\sles)\s(?:salaires?|paie|paiements?)|(?:salaires?|mois|heures|semaines)\s(?:<FW>){0,1}(?:impaye\w*|non\spaye\w*|retenu\w*|bloque\w*|en\sretard|suspendu\w*)|sans\s(?:salaire|paie|etre\spaye\w*|rien\stoucher|toucher\sun\ssou|un\ssou)|(?:salaires?|paie|paye)\b(?:\s\w+){0,5}?\s(?:toujours|encore|jamais)\s(?:rien|pas\s(?:recu|paye\w*|verse\w*|touche|vu)))\b")

# ---- debt_bondage
put(C, "debt_bondage", 0, "la dette augmente / la somme change / on rajoute le loyer / des amendes",
    r"\b(?:(?:dettes?|somme|montant)\b(?:\s\w+){0,4}?\s(?:augment\w*|grandit|grossit|monte\w*|double\w*|grimpe\w*|change\w*|(?:ne\s)?(?:finit|diminue|baisse|descend)\s(?:jamais|pas)|(?:pas|jamais)\s(?:fini\w*|diminu\w*|baisse\w*)|interets?|sans\sfin)|(?:rajout\w*|ajout\w*)\s(?:<FW>){0,3}(?:le\sloyer|la\snourriture|des\samendes|amendes|interets?|des\sfrais)|fini\w*\s(?:jamais|pas)\s(?:de\s)?(?:payer|rembourser))")
put(C, "debt_bondage", 1, "je dois rembourser une dette / l agence / le passeur",
    r"\brembours\w*\s(?:<FW>){0,3}(?:dettes?|agence|recruteur\w*|passeur\w*|patron\w*|employeur\w*|kafil|intermediaire\w*|madame)\b")
put(C, "debt_bondage", 4, "il retient la moitie de mon salaire pour la dette / le logement",
    r"\b(?:retien\w*|retenu\w*|enleve\w*|prend|prennent|pris|prelev\w*|deduit\w*|deduis\w*|coupe\w*|retire\w*)\s(?:<FW>){0,6}(?:pour|sur)\s(?:la|ma|sa|notre|leur|les|mes|nos|le|mon)\s(?:dettes?|logement|nourriture|loyer)\b")
put(C, "debt_bondage", 5, "je peux pas partir tant que j ai pas rembourse / personne part tant que la dette",
    r"\b(?:(?:peux|peut|pouvons|peuvent|pe)\s(?:pas|pa|jamais)\s(?:partir|quitter|rentrer|arreter|changer)\s(?:\w+\s){0,4}?|(?:personne|on|je|il|elle|ils|nous)\s(?:ne\s)?(?:part|partira|sort|peut\spartir|quitte)\s)(?:tant\sque|avant\sde|avant\sd\savoir|sans)\s(?:\w+\s){0,4}?(?:rembours\w*|payer|paye\w*|dette)")
put(C, "debt_bondage", None, "sans salaire pour rembourser / dette ... je dois encore 1 500 000",
    r"\b(?:(?:sans\s(?:salaire|etre\spaye\w*)|gratuitement|gratuit|pour\srien)\s(?:\w+\s){0,2}(?:pour\s)?rembours\w*|dettes?\b(?:\s\w+){0,25}?\s(?:dois|doit|devons|doivent)\s(?:encore\s|maintenant\s|toujours\s|plus\sde\s)?(?:\d|mille|des\smillions))")

# ---- abusive_conditions
put(C, "abusive_conditions", 3, "on mange une fois par jour / un seul repas par jour / les restes",
    r"\b(?:(?:mang\w*|repas)\s(?:<FW>){0,3}(?:une\s(?:seule\s)?fois\spar\sjour|un\s(?:seul\s)?repas|les\srestes|que\sdu\spain|du\spain\ssec|que\sdu\sriz|pas\sassez)|(?:un\sseul\srepas|une\sseule\sfois|un\srepas)\spar\sjour|(?:une\s)?(?:seule\s)?(?:toilette|douche)\spour\s\d+)\b")

# ---- recruitment_fees
put(C, "recruitment_fees", 0, "ils demandent 2000 euros pour le visa / 1 200 000 fcfa pour me trouver un contrat",
    r"\b(?:(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient|fait\spayer|font\spayer)\s(?:<FW>){0,3}?<NUM>\s?(?:k\s)?<MONEY>\b(?:\s\w+){0,4}?\s(?:pour|pr|de|du|des)\s(?:(?:me|m|lui|nous|leur|te|t|vous)\s)?(?:(?:avoir|obtenir|faire|acheter|trouver|signer|donner)\s)?(?:(?:le|la|les|l|un|une|mon|ma|son|sa|des|ton|ta)\s)?(?:visa|contrat|travail|boulot|job|poste|emploi|dossier|billet|voyage|placement|recrutement|papiers|permis|inscription|frais|agence|places?)|(?:faut|fallait|dois|doit|devons|devez|doivent)\s(?:<FW>){0,3}?<NUM>\s?(?:k\s)?<MONEY>\b(?:\s\w+){0,4}?\s(?:pour|pr|de|du)\s(?:(?:me|m|lui|nous|leur|te|t|vous)\s)?(?:(?:avoir|obtenir|trouver|signer)\s)?(?:(?:le|la|les|l|un|une|mon|ma|son|sa|ton|ta)\s)?(?:contrat|travail|boulot|job|poste|emploi|placement|recrutement|agence|places?))\b")
put(C, "recruitment_fees", None, "l agent lui a pris 2000 euros",
    r"\b(?:agent|agence|recruteur\w*|intermediaire\w*|passeur\w*|bureau|demarcheur\w*|samsar|monsieur)\s(?:(?:m|me|lui|nous|leur|t|les)\s)?(?:a|ont|avait|avaient)\s(?:pris|demande|reclame|exige|encaisse|fait\spayer)\s<NUM>")

# ---- contract_substitution
put(C, "contract_substitution", 0, "on m a fait (re)signer un autre contrat / un papier a la place du contrat",
    r"\b(?:(?:re\s?)?sign\w*\s(?:<FW>){0,3}(?:autre|nouveau|nouvel|deuxieme|second|different)\s(?:contrat|papier|document)|re\s?sign\w*\s(?:<FW>){0,2}contrat|(?:a\sla\splace|au\slieu)\s(?:du|de\sleur|de\snotre|de\smon|de\sson|de\sce)\scontrat)\b")

# ---- wrong_visa
put(C, "wrong_visa", 1, "travailler avec un visa touriste / elle travaillera ... il lui envoie un visa de visite",
    r"\b(?:travaill\w*|bosse\w*|bosser|travail|emploi|job|boulot)\b(?:\s\w+){0,12}?\s(?:(?:avec|sous|sur|par|envoie|envoye|donne|fait)\s)?(?:(?:un|une|le|la|mon|son|des|ton|leur)\s)?visas?\s(?:de\s|d\s)?(?:touriste|tourisme|touristique|visite|visiteur|omra|etudiant|transit)\b")
put(C, "wrong_visa", None, "ne pas dire au consulat que je vais travailler",
    r"\b(?:pas|pa|jamais|rien)\s(?:dire|parler|mentionner)\s(?:(?:au|a\sl|a\sla|aux|a)\s)?(?:consulat|ambassade|douane|douaniers|police|frontiere|visa)\b(?:\s\w+){0,4}?\s(?:travaill\w*|travail|boulot|bosser|job)\b")

# ---- unrealistic_offer
put(C, "unrealistic_offer", 0, "3000 euros par mois sans experience / 2800 net pas besoin d allemand / aucun niveau exige",
    r"\b(?:\d{4,}|\d+\s?k|\d+\s\d{3}|mille|\w+\smille)\s(?:<MONEY>\s)?(?:(?:par|le|chaque|net|brut)\s)?(?:mois\s)?(?:\w+\s){0,5}?(?:sans|pas\sbesoin\s(?:de|d)|aucune?)\s(?:experience|diplome|qualification|competence|formation|langue|cv|niveau|exigence|condition|allemand|anglais|francais|italien|espagnol|arabe)\b")

# ---- secrecy_request
put(C, "secrecy_request", 1, "il m a dit de rien dire / de pas en parler a son pere",
    r"\b(?:de\s|d\s)(?:ne\s|n\s)?(?:rien|pas|pa|jamais|jamais\srien)\s(?:(?:en|le|la|l|lui|leur)\s)?(?:dire|parler|raconter|mentionner|reveler|signaler)\s(?:(?:de|d|a|au|aux|ca|cela|sur|en|ce|rien)\s){0,3}(?:(?:ta|ma|sa|votre|notre|leur|la|les|l|tes|mes|ses|vos|nos|mon|ton|son)\s)?(?:<KIN>|<AUTH>|personne)\b")
put(C, "secrecy_request", 3, "garde le secret / garder ca entre eux",
    r"\b(?:(?:dit|demande|ordonne|conseille)\s(?:de|d)\s)?(?:garde\w*|reste\w*|rester|tenir|tiens)\s(?:(?:le|ca|cela|la\schose|tout)\s)?(?:secret|discret\w*|entre\s(?:nous|eux|vous|elles)|en\ssecret)\b")

# ---- unverifiable_recruiter
put(C, "unverifiable_recruiter", 0, "pas de bureau / pas de site / agence sans licence",
    r"\b(?:pas|pa|aucun|aucune|sans|jamais)\s(?:(?:de|d|vrai)\s)?(?:bureau|bureaux|agence\sofficielle|adresse\s(?:fixe|officielle)|licence|agrement|numero\sd\sagrement|enregistrement|registre|site|site\s(?:web|internet)|local|siege)\b")
put(C, "unverifiable_recruiter", 1, "juste un numero whatsapp / juste un compte / juste un pseudo",
    r"\b(?:juste|seulement|que|uniquement|rien\sque)\s(?:(?:par|sur|via|un|une|son|sa|le|la)\s)?(?:(?:(?:numero|num|page|profil|compte)\s(?:\w+\s)?)?(?:whatsapp|watsap|wathsapp|facebook|fb|tiktok|instagram|insta|telegram|imo|snapchat|messenger|(?:numero|num)\sde\s(?:telephone|tel|portable))|pseudo|compte\s(?:cree|anonyme|recent|prive|\w+\s(?:cree|anonyme))|faux\scompte|profil\s(?:cree|anonyme|sans\sphoto))\b")

# ---- documents_requested
put(C, "documents_requested", 0, "deposer mon passeport ... au bureau / donner mon passeport a l agent",
    r"\b(?:donn\w*|laiss\w*|envoy\w*|remet\w*|remis|depos\w*|confi\w*|apport\w*)\s(?:<FW>){0,2}<POSS>\s(?:vrai\s)?<DOC>\s(?:\w+\s){0,5}?(?:a|au|aux|chez)\s(?:l\s)?(?:agence|agent|agents|recruteur\w*|intermediaire\w*|samsar|bureau|patron\w*|employeur\w*|eux|lui|elle|monsieur|madame|type|gars|homme|femme|passeur\w*|kafil)\b")
put(C, "documents_requested", 1, "ils demandent mon passeport / veulent que je depose mon passeport",
    r"(?<!police\s)(?<!police\sm\sa\s)(?<!police\sma\s)(?<!police\snous\sa\s)(?<!policier\sm\sa\s)(?<!consulat\s)(?<!ambassade\s)(?<!prefecture\s)(?<!douane\s)(?<!douanier\s)(?<!gendarme\s)(?<!controleur\s)\b(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient)\s(?:<FW>){0,3}<POSS>\s(?:vrai\s)?<DOC>\b")

# ---- travel_debt: free travel alone is not a debt; the repayment is the sign
put(C, "travel_debt", 0, "le billet ... ils retiennent 150 euros par mois sur ma paie",
    r"\b(?:billet|billets|voyage|visa|frais|transport|vol|avion|traversee|route)\b(?:\s\w+){0,12}?\s(?:rembours\w*|pay\w*|pai\w*|retenu\w*|retien\w*|deduit\w*|deduis\w*|preleve\w*|retir\w*|enleve\w*|coupe\w*)\b(?:\s\w+){0,5}?\s(?:sur|avec|de|du|des)\s(?:(?:le|ton|mon|son|notre|vos|votre|les|tes|mes|ses|ta|ma|sa|la|leur|leurs)\s)?(?:premiers?\s)?(?:salaires?|paies?|payes?|mois|travail)\b")
put(C, "travel_debt", 3, "retient sur la paie jusqu a rembourser le voyage / paye par l agence puis rembourse",
    r"\b(?:(?:retien\w*|retenu\w*|deduit\w*|preleve\w*|coupe\w*|enleve\w*|retire\w*)\b(?:\s\w+){0,8}?\s(?:pour|jusqu\sa)\s(?:rembourser|payer)\s(?:le|la|les|mon|son|ton|notre|leur)\s(?:billet|voyage|visa|vol|transport|frais\sde\svoyage)|(?:voyage|billet|visa|vol|transport|billets)\s(?:<FW>){0,2}paye\w*\spar\s(?:l\sagence|le\spatron|l\semployeur|eux|lui|le\srecruteur|la\ssociete)\b(?:\s\w+){0,8}?\srembours\w*)\b")

# ---- romance_offer
put(C, "romance_offer", 0, "un homme rencontre / je parle avec un francais sur facebook ... veut m epouser",
    r"\b(?:rencontr\w*|connu\w*|connais|copain|copine|petit\sami|petite\samie|amoureux|amoureuse|fiance\w*|homme|femme|gars|mec|parle\w*|discut\w*|chatt?\w*|ecri\w*)\s(?:<FW>){0,5}(?:sur|par|via|en)\s(?:<SOCIAL>|ligne)\b(?:\s\w+){0,15}?\s(?:epous\w*|marier|mariage|se\smarier|fianc\w*|emmen\w*|fai\w*\svenir|rejoindre|billet|visa)")

# ---- urgent
put(U, "locked_in_now", 0, "je suis enfermee / elle est bloquee chez ses patrons",
    r"\b(?:suis|sommes|est|sont|me\strouve|reste|on\sest)\s(?:<FW>){0,2}(?:enferm\w*|sequestr\w*|(?:bloque\w*|coince\w*)\s(?:dans|a\sl\sinterieur|chez)|prisonni\w*|retenue?s?\sde\sforce)\b")
put(U, "violence_now", 3, "je saigne / jambe cassee / perdu connaissance",
    r"\b(?:saigne|saignes|saignent|saignement|sang\spartout|blesse\w*\sgrave\w*|perdu\sconnaissance|evanoui\w*|os\scasse|(?:bras|jambe|pied|main|cote|nez)\scasse\w*|il\sm\sa\scasse)\b<NN>")
put(U, "child_at_risk", 2, "des enfants travaillent / le petit de ma soeur 9 ans ... il mendie",
    r"\b(?:(?:enfants?|mineure?s?|fillettes?|petites?\sfilles|gamins?|gamines?)\s(?:<FW>){0,3}(?:travaill\w*|exploit\w*|vendu\w*|vendre|marie\w*|mariage|prostitu\w*|frap+\w*|battu\w*|mendi\w*|envoy\w*\sa\sl\setranger|emmen\w*|enferm\w*)|(?<!depuis\s)(?<!pendant\s)(?<!fait\s)(?<!\ba\s)(?<!\bai\s)(?<!\by\sa\s)(?<!apres\s)(?<!pour\s)(?<!\bde\s)(?<!\bd\s)(?<!dans\s)(?<!en\s)<AGE>\s?ans\b(?!\s(?:d\s?experience|de\s\w+|que|qu|ici|deja|la\sbas|en|au|a\sl|dans))(?:\s\w+){0,12}?\s<CHILDRISK>)\b")

# ---- cue: "on m a jamais dit de" is caught by the pattern start; nothing to add

put(U, "child_at_risk", 1, "mineur / moins de 18 ans / mon petit frere de 11 ans travaille",
    r"\b(?:mineure?s?|moins\sde\s(?:1[5-8])\sans|(?:fille|fils|garcon|s(?:oe|œ)ur|frere|enfant|enfants|niece|neveu|cousine?|petite|petit|fillette|gamine?)\s(?:de|d|qui\sa)\s<AGE>\s?ans\b(?:\s\w+){0,12}?\s<CHILDRISK>)\b")

put(C, "isolation", 4, "aucun contact avec l exterieur / pas de reseau",
    r"\b(?:(?:pas|pa|aucun|aucune|plus|jamais|sans)\s(?:de\s|d\s)?(?:contacts?|nouvelles|lien|liens|communication)\s(?:avec|de|a)\s(?:(?:ma|mes|sa|ses|notre|nos|leur|leurs|la|les|l|mon|son)\s)?(?:<KIN>|exterieur|monde|personne)|(?:pas|pa|aucun|sans|plus)\s(?:de\s|d\s)?(?:reseau|couverture\sreseau|signal\stelephone)\b)")
put(C, "documents_requested", 1, "ils demandent mon passeport / veulent que je depose mon passeport (pas une photocopie)",
    r"(?<!police\s)(?<!police\sm\sa\s)(?<!police\sma\s)(?<!police\snous\sa\s)(?<!policier\sm\sa\s)(?<!consulat\s)(?<!ambassade\s)(?<!prefecture\s)(?<!douane\s)(?<!douanier\s)(?<!gendarme\s)(?<!controleur\s)\b(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient)\s(?:(?!(?:photocopies?|copies?|photos?|scans?)\b)<FW>){0,3}<POSS>\s(?:vrai\s)?<DOC>\b")

put(C, "abusive_conditions", 0, "on dort a 20 dans une chambre / on dort dans un container a douze",
    r"\bdor\w*\s(?:<FW>){0,3}(?:(?:a\s)?(?:[5-9]|[1-9]\d|dix|douze|quinze|vingt|trente|plusieurs|nombreux|beaucoup)\s(?:\w+\s){0,3}(?:dans|par)\s(?:une|la|un|le|meme|chaque)\s(?:(?:seule?|petite?|meme)\s)?(?:chambre|piece|salle|container|conteneur|garage|local|dortoir|cabane|tente)|(?:dans|par)\s(?:une|la|un|le|meme)\s(?:(?:seule?|petite?|meme)\s)?(?:chambre|piece|salle|container|conteneur|garage|local|dortoir|cabane|tente)\s(?:a|avec)\s(?:[5-9]|[1-9]\d|dix|douze|quinze|vingt|trente|plusieurs))\b")

# ==== Third pass: concepts, not sentences (checked on dev items 081-104 written beforehand) ====
F["TAKEPP"] = (r"(?:pris|prise|prises|confisque\w*|garde|gardes|gardee|gardees|retenu\w*|vole|voles|volee|volees"
               r"|bloque\w*|cache|caches|cachee|cachees|saisi\w*|enleve\w*|arrache\w*|dechire\w*|detruit\w*"
               r"|ramasse\w*|collecte\w*|enferme\w*|recupere\w*)")
F["HURT"] = r"(?:frap+\w*|bat|battent|battait|battaient|tabass\w*|gifl\w*|cogn\w*|fouett\w*|etrangl\w*|viol\w*|agress\w*)"

# passports locked in a safe are retained documents, not people locked in
put(C, "restriction_of_movement", 0, "on nous enferme / je suis enfermee (pas: il a enferme nos passeports)",
    r"\b(?:enferm\w*|sequestr\w*|cadenass\w*)\b<NN>(?!\s(?:(?:tous|toutes)\s)?<POSS>\s(?:<DOC>|<PHONE>|argent|salaire))")
put(C, "restriction_of_movement", None, "la porte est fermee de dehors / a cle de l exterieur",
    r"\b(?:portes?|portail|grille|chambre|maison)\s(?:<FW>){0,2}(?:ferme\w*|verrouill\w*|bloque\w*)\s(?:<FW>){0,2}(?:de\s|du\s|par\s|a\s|depuis\s)(?:dehors|l\sexterieur|exterieur|cle)\b")
put(C, "restriction_of_movement", None, "on est bloques / coinces dans l entrepot",
    r"\b(?:on\sest|je\ssuis|nous\ssommes|elle\sest|il\sest|ils\ssont|elles\ssont|on\sreste)\s(?:<FW>){0,1}(?:bloque\w*|coince\w*|enferm\w*|piege\w*|prisonni\w*)\s(?:dans|a|chez|ici)\b")
put(C, "retention_of_documents", None, "il a enferme / mis tous nos passeports dans son coffre",
    r"\b(?:mis|met|mettent|enferme\w*|range\w*|depose\w*|cache\w*)\s(?:(?:tous|toutes)\s)?<POSS>\s<DOC>\s(?:dans|sous|au|a)\s(?:(?:son|sa|leur|le|un|la|ses)\s)?(?:coffre|bureau|tiroir|armoire|cle|chambre|poche|sac|valise)\b")

# violence against a named third person; slaps
put(C, "physical_sexual_violence", None, "il frappe mon ami / bat les filles / donne des gifles",
    r"\b(?:frap+e|frap+ent|frap+ait|frap+aient|bat|battent|battait|battaient|tabass\w*|gifl\w*|fouett\w*|cogn\w*)\s(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|les|des|un|une)\s(?!porte|portes|fenetre|balle|ballon|record)\w+\b")
put(C, "physical_sexual_violence", None, "des gifles / des claques / des coups",
    r"\b(?:des|les|de|deux|une)\s(?:gifles?|claques?|baffes?|coups\sde\s\w+)\b")
put(C, "physical_sexual_violence", None, "oblige a avoir des rapports / a faire des clients",
    r"\b(?:forc\w*|oblig\w*|contrain\w*)\s(?:<FW>){0,2}(?:a|de|d)\s(?:avoir\sdes\srapports|faire\sdes\sclients|vendre\s(?:son|mon|leur)\scorps|coucher)\b")

# secrecy: infinitive orders ("surtout ne rien dire a la police"), not first-person choices
put(C, "secrecy_request", None, "ne rien dire a la police / pas un mot a ta famille",
    r"(?<!\bje\s)(?<!\bj\s)(?<!\bveux\s)(?<!\bprefere\s)\b(?:(?:ne\s|n\s)?(?:rien|pas|jamais)\s(?:(?:en|le|la|l|lui|leur)\s)?(?:dire|parler|raconter|reveler|signaler|mentionner)|pas\sun\smot)\s(?:(?:a|au|aux|de|d|sur|ca|cela)\s){1,2}(?:(?:ta|ma|sa|votre|notre|leur|la|les|l|tes|mes|ses|vos|nos|mon|ton|son)\s)?(?:<KIN>|<AUTH>|personne|police\w*|douan\w*|frontiere\w*|agents?)\b")

# romance: love words with a trip, a job or marriage; online acquaintance with love or marriage
put(C, "romance_offer", None, "elle dit qu elle m aime et va me trouver du travail / faire venir",
    r"\b(?:(?:m|t|l)\saim\w*|amoureu\w*|mon\samour|son\samour)\b(?:\s\w+){0,15}?\s(?:travail|boulot|job|emploi|visa|billet|venir|rejoindre|emmen\w*|epous\w*|se\smarier|me\smarier|mariage)\b")
put(C, "romance_offer", None, "je connais / je parle avec quelqu un sur facebook ... m aime / mariage",
    r"\b(?:connais|connu\w*|rencontr\w*|parle\w*|discut\w*|chatt?\w*|ecri\w*)\s(?:<FW>){0,4}(?:sur|par|via|en)\s(?:<SOCIAL>|ligne)\b(?:\s\w+){0,15}?\s(?:(?:m|t|l)\saim\w*|amoureu\w*|epous\w*|me\smarier|se\smarier|mariage|fianc\w*)")

# isolation: phone forbidden
put(C, "isolation", None, "sa patronne lui interdit le telephone / refuse qu elle ait un portable",
    r"\b(?:interdi\w*|refus\w*|confisqu\w*)\s(?:(?:le|les|son|mon|leur|tout|d\savoir\sun|d\savoir\sle|d\savoir\sson|d\sutiliser\sle|d\sutiliser\sson|de\stoucher\sau)\s)?<PHONE>\b")

# contract handed over on arrival
put(C, "contract_substitution", None, "ils nous ont donne un autre contrat / a l arrivee un nouveau contrat",
    r"\b(?:(?:donne\w*|montre\w*|present\w*|tendu\w*|file\w*|remis|sorti\w*)\s(?:<FW>){0,2}|(?:arriv\w*|aeroport|atterri\w*)\b(?:\s\w+){0,8}?\s)(?:un|une)\s(?:autre|nouveau|nouvel|deuxieme|second)\s(?:contrat|papier|document)\b")

# deception: "pas la boutique dont ils parlaient"; arrival reveals other work
put(C, "deception", None, "c est du menage pas la boutique dont ils parlaient",
    r"\b(?:pas|pa)\s(?:le|la|les|l|du|de\sla|un|une|au|a\sla)\s(?:\w+\s){1,2}(?:dont|qu|que|qu\son)\s(?:(?:ils|il|elle|elles|on|l\sagence|l\sagent|le\srecruteur)\s)?(?:(?:m|nous|lui|leur|me)\s)?(?:parlai\w*|avai\w*\s(?:dit|promis|parle|annonce)|a\s(?:dit|promis|parle)|ont\s(?:dit|promis|parle)|disai\w*|promett\w*|promis)\b")
put(C, "deception", None, "arrivee la bas en fait c etait du menage / un bar",
    r"\b(?:arriv\w*|atterri\w*)\b(?:\s\w+){0,6}?\s(?:en\sfait|mais|c\setait|finalement|en\svrai|en\srealite)\s(?:<FW>){0,4}(?:menage|bonne|domestique|nettoyage|prostitution|bar|massage|champs?|ferme|trottoir|autre\schose|esclave)\b")

# no written contract: "pas besoin de contrat", "le contrat c est pas la peine"
put(C, "no_written_contract", None, "le contrat c pa la peine / pas besoin de contrat",
    r"\b(?:contrats?\s(?:<FW>){0,3}(?:c\s|c\sest\s|est\s|ce\sn\sest\s)?(?:pas|pa)\s(?:la\speine|necessaire|besoin|utile|important|obligatoire)|pas\sbesoin\s(?:de|d)\s(?:contrat|papiers?\secrits?|ecrit))\b")

# abuse of vulnerability: an expired permit the employer knows about
put(C, "abuse_of_vulnerability", None, "mon patron sait que mon titre de sejour a expire",
    r"\b(?:sait|savent|savait|savaient|connait|connaissent)\s(?:que|qu|ke)\s(?:<FW>){0,6}(?:expire\w*|perime\w*|plus\svalable|pas\svalide|sans\sstatut|en\sfin\sde\sdroits)\b")

# wages: only a part of the pay
put(C, "withholding_of_wages", None, "ils nous donnent que la moitie du salaire",
    r"\b(?:que|seulement|juste|uniquement)\s(?:la\smoitie|une\spartie|un\stiers|le\squart|moitie)\s(?:du|de\sla|de\s(?:mon|ma|son|sa|notre|nos|leur|leurs))\s?(?:salaire|paie|paye|argent)?\b")
put(C, "withholding_of_wages", None, "travailler gratuitement / sans etre paye / pour rien",
    r"\b(?:travaill\w*|bosse\w*|bosser)\s(?:<FW>){0,3}(?:gratuitement|gratis|pour\srien|sans\s(?:etre\s)?pay\w*|sans\ssalaire)\b")

# overtime: until midnight / 1 am
put(C, "excessive_overtime", None, "jusqu a minuit / jusqu a 1h du matin",
    r"\bjusqu\s?a\s(?:minuit|(?:[1-4]|une|deux|trois)\s?h\w*\s(?:du\smatin|de\sla\snuit)|(?:23|22)\s?h)\b")

# urgent violence now: a blow with "now" / a cry for help further away
put(U, "violence_now", None, "le type frappe mon ami en ce moment",
    r"\b<HURT>\b(?:\s\w+){0,5}?\s<NOW>\b")
put(U, "violence_now", None, "aidez nous ... il frappe / il la bat (plus loin)",
    r"\b<HELP>\b(?:\s\w+){0,12}?\s(?:frap+\w*|bat|battent|tabass\w*|viol\w*|agress\w*|tue|tuer|couteau|sang|saigne|etrangl\w*)\b")
put(U, "violence_now", None, "j ai saute du balcon / par la fenetre",
    r"\bsaut\w*\s(?:<FW>){0,1}(?:du|de\sla|par\sla|depuis\sle)\s(?:balcon|fenetre|toit|terrasse|mur)\b")
put(U, "locked_in_now", None, "on est enfermes / bloques ici / la porte est fermee de dehors + aide",
    r"\b(?:enferm\w*|bloque\w*|coince\w*|fermee?\s(?:de\sdehors|de\sl\sexterieur|a\scle))\b(?:\s\w+){0,10}?\s(?:<HELP>|<NOW>|envoyez|venez)\b")
put(U, "threat_to_life", None, "je me cache / j ai peur qu ils me retrouvent",
    r"\b(?:(?:je\sme|on\sse|elle\sse|nous\snous)\scach\w*|peur\squ\s?(?:ils|il|elle|on)\s(?:me|nous|la|le)\s(?:retrouv\w*|trouv\w*|tu\w*|rattrap\w*))\b")

# ---- third pass, second batch of concepts
F["CHILDRISK"] = F["CHILDRISK"][:-1] + r"|epous\w*|marier|mariage|envoy\w*|agent|passeur\w*|a\sl\setranger)"
put(U, "child_at_risk", 0, "j ai 15 ans et on veut me marier / me faire travailler (pas: j ai 17 ans, visa etudiant ?)",
    r"\b(?:(?:j\sai|jai|g|je\sn\sai\sque|j\sai\sque|jai\sque)\s<AGE>\s?ans\b(?!\s(?:d\s?experience|de\s\w+|que|qu|dans|en|au|a\sl|deja|plus\stard))(?:\s\w+){0,15}?\s<CHILDRISK>|<CHILDRISK>\b(?:\s\w+){0,10}?\s(?:j\sai|jai)\s<AGE>\s?ans)\b")
put(C, "debt_bondage", 6, "sans salaire pour rembourser / travailler gratuitement pour rembourser / dette ... je dois encore",
    r"\b(?:(?:sans\s(?:salaire|etre\spaye\w*)|gratuitement|pour\srien)\s(?:\w+\s){0,2}(?:pour\s)?rembours\w*|dettes?\b(?:\s\w+){0,25}?\s(?:dois|doit|devons|doivent)\s(?:encore\s|maintenant\s|toujours\s|plus\sde\s)?(?:\d|mille|des\smillions))")
put(C, "romance_offer", 0, "un homme rencontre / je parle avec un francais sur facebook ... veut m epouser / me faire venir",
    r"\b(?:rencontr\w*|connu\w*|connais|copain|copine|petit\sami|petite\samie|amoureux|amoureuse|fiance\w*|homme|femme|gars|mec|parle\w*|discut\w*|chatt?\w*|ecri\w*)\s(?:<FW>){0,5}(?:sur|par|via|en)\s(?:<SOCIAL>|ligne)\b(?:\s\w+){0,15}?\s(?:epous\w*|marier|mariage|se\smarier|fianc\w*|emmen\w*|fai\w*\svenir|rejoindre)")
put(C, "isolation", None, "il controle / lit / fouille mon telephone",
    r"\b(?:control\w*|lit|lisent|lisait|lire|fouill\w*|surveill\w*|verifi\w*|regard\w*)\s(?:(?:tous|toutes)\s)?(?:<POSS>\s)(?:messages|appels|conversations|<PHONE>|whatsapp|sms)\b")
put(C, "intimidation_threats", None, "ceux qui se plaignent seront renvoyes / vires",
    r"\b(?:ceux|celui|celle|celles|quiconque|qui|tous\sceux|toutes\scelles)\s(?:qui\s)?(?:se\s|s\s)?(?:plai\w*|parle\w*|refus\w*|part\w*|denonc\w*|protest\w*|reclam\w*|fui\w*|enfui\w*)\b(?:\s\w+){0,4}?\s(?:seront|sera|vont|va|iront|ira)\s(?:etre\s)?(?:renvoy\w*|expuls\w*|vire\w*|licenci\w*|frapp\w*|puni\w*|denonc\w*|tue\w*|battu\w*)")
put(C, "intimidation_threats", None, "il a sorti un couteau / il va me finir / faire la peau",
    r"\b(?:couteau|couteaux|arme|armes|pistolet|fusil|machette|flingue|(?:va|vont|allait|veut)\s(?:me|te|la|le|nous|vous|les)\s(?:finir|faire\sla\speau|regler\sson\scompte|crever))\b")
put(C, "abusive_conditions", None, "j avais la fievre et il m a fait travailler quand meme / pas de medecin",
    r"\b(?:(?:fievre|malade\w*|blesse\w*|enceinte)\b(?:\s\w+){0,10}?\s(?:fait\stravailler|fai\w*\sbosser|oblig\w*|forc\w*|quand\smeme|continuer\sa\stravailler)|(?:pas|pa|jamais|aucun|sans)\s(?:de\s|d\s)?(?:medecin|docteur|hopital|medicaments?|soins)|(?:si\stu\s|si\son\s|qui\s)(?:te\s|se\s|nous\s)?repos\w*\s(?:tu|on|il|elle)?\s?(?:mange\w*\s(?:pas|pa|rien)))\b")
put(C, "recruitment_fees", None, "il prend 4000 riyals par personne / vend des visas de travail",
    r"\b(?:(?:prend|prennent|demande\w*|fait\spayer|font\spayer|encaisse\w*|exige\w*)\s<NUM>\s?(?:<MONEY>\s)?(?:par|chacun|a\schacun)\s?(?:personne|tete|candidat|travailleur|fille)?|(?:vend|vendent|vendait|vendaient|achet\w*)\s(?:des|les|un|une)\s(?:visas?|contrats?|permis)(?:\sde\stravail)?)\b")
put(C, "restriction_of_movement", None, "je peux pas arreter / partir tant que j ai pas rembourse",
    r"\b(?:peux|peut|pouvons|peuvent|pe)\s(?:pas|pa|jamais)\s(?:partir|quitter|arreter|rentrer|changer|demissionner)\b(?:\s\w+){0,4}?\s(?:tant\sque|avant\s(?:de|d)|sans\s(?:avoir\s)?(?:rembours|pay))")
put(C, "restriction_of_movement", None, "la famille la garde a l interieur / ils le gardent enferme",
    r"\b(?:la|le|les|me|m|nous|l)\s(?:gard\w*|tien\w*|retien\w*)\s(?:<FW>){0,1}(?:a\sl\sinterieur|enferm\w*|a\sla\smaison|dedans|a\sclef|a\scle)\b")
put(C, "wrong_visa", None, "on part comme pelerins pour la omra et apres on reste travailler",
    r"\b(?:omra|hajj|pelerin\w*|touris\w*|visite)\b(?:\s\w+){0,10}?\s(?:rest\w*|demeur\w*)\s(?:la\sbas\s|sur\splace\s)?(?:pour\s)?(?:travaill\w*|bosser)\b")
put(C, "documents_requested", None, "ils ont ramasse nos cartes et passeports avant de donner un contrat",
    r"\b(?:ramass\w*|collect\w*|pris|prennent|recuper\w*)\s(?:<FW>){0,3}<DOC>\b(?:\s\w+){0,3}?\s(?:avant\s(?:de|d|le|la|l)|jusqu\s?au\sdepart)")
put(C, "no_written_contract", None, "des papiers en coreen qu on comprenait pas",
    r"\b(?:papiers?|documents?|feuilles?)\s(?:<FW>){0,3}(?:en\s\w+\s)?(?:que\s|qu\s|ke\s)?(?:je|j|il|elle|on|nous|ils)\s(?:(?:ne|n)\s)?(?:compren\w*|comprend\w*|lis|lit|lisait|pouvait\slire|pouvais\slire|savait\slire)\s(?:pas|pa|rien)\b")
put(C, "contract_substitution", None, "differents du contrat signe au pays",
    r"\bdifferent\w*\s(?:du|de\sce|de\sl|de\sla|que\sle|que\sla|de\snotre|de\smon)\s(?:contrat|papier|document|accord)\b")
put(C, "secrecy_request", None, "elle doit rien nous dire / faut pas en parler avant",
    r"\b(?:doit|doivent|dois|faut|faudrait|devrait)\s(?:(?:ne|n)\s)?(?:rien|pas|jamais)\s(?:(?:nous|me|lui|leur|en|le|la|l|vous|te|a\spersonne)\s)?(?:dire|parler|raconter|montrer|reveler)\b")
put(C, "deception", None, "partie a dubai pour etre coiffeuse mais",
    r"\b(?:parti\w*|alle\w*|envoy\w*|parte?s?|part)\s(?:\w+\s){0,3}(?:pour\setre|pour\stravailler|comme|pour\sdevenir|pour\sun\stravail\sde)\s(?:\w+\s){0,4}?(?:mais|en\sfait|finalement|alors\sque|au\slieu)\b")
put(C, "physical_sexual_violence", None, "les hommes la touchent / il me tripote",
    r"\b(?:me|m|la|l|les|nous|lui)\s(?:touch\w*|tripot\w*|caress\w*|pelot\w*)\b<NN>")
put(C, "withholding_of_wages", None, "j ai eu 100 seulement / le reste ils l epargnent pour moi",
    r"\b(?:(?:eu|recu|touche|donne\w*|paye\w*)\s(?:que\s)?\d+\s(?:<MONEY>\s)?(?:seulement|uniquement)|(?:l|le|la|les)\s(?:epargn\w*|garde\w*|economis\w*|mett\w*\sde\scote)\spour\s(?:moi|nous|elle|lui|eux|toi)|(?:paie|paye|payent|paient)\s(?:\w+\s){0,1}(?:pas|pa|jamais)\s(?:les\s)?heures\ssup\w*)\b")
put(C, "unrealistic_offer", None, "pas besoin de parler allemand / aucun diplome demande",
    r"\b(?:pas\sbesoin\s(?:de|d)\s(?:(?:parler|savoir|connaitre|avoir)\s)?(?:l\s|d\s|de\s)?(?:experience|diplome|qualification|langue|allemand|anglais|francais|italien|espagnol|arabe|cv|formation)|(?:aucune?|sans)\s(?:experience|diplome|qualification|formation)\s(?:requis\w*|demande\w*|exige\w*|necessaire)|visa\sen\s(?:une|1|deux|2)\s(?:semaine|jours?))\b")
put(C, "excessive_overtime", None, "heures sup chaque soir / tous les jours",
    r"\bheures\ssup\w*\s(?:<FW>){0,3}(?:chaque|tous\sles|toutes\sles)\s(?:soir|soirs|jour|jours|nuit|nuits)\b")

# ---- third pass, third batch of concepts
F["AGENTN"] = F["AGENTN"][:-1] + r"|coxeur\w*|demarcheur\w*|fermier\w*|proprio\w*)"
put(C, "abusive_conditions", 1, "je dors par terre / sur un matelas dans la cuisine",
    r"\bdor\w*\s(?:<FW>){0,5}(?:par\sterre|sur\sle\ssol|sur\sle\scarrelage|dehors|dans\sla\scuisine|dans\sla\ssalle\sde\sbain|dans\sle\sgarage|sur\sun\scarton|sur\sdes\scartons|dans\sla\sreserve|dans\sle\sdebarras|dans\sle\scouloir|sans\smatelas|sans\slit|dans\sla\sbuanderie|sur\sle\sbalcon|dans\sla\svoiture)\b")
put(C, "documents_requested", None, "le coxeur veut 600 000 francs et mon passeport original",
    r"(?<!consulat\s)(?<!ambassade\s)(?<!prefecture\s)\b(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient)\s(?:<FW>){0,5}<POSS>\s(?:vrai\s)?<DOC>\s(?:original|originaux|originale)\b")
put(C, "intimidation_threats", None, "il va recommencer ce soir / il va revenir",
    r"\b(?:va|vont|veut|allait)\s(?:<FW>){0,1}(?:recommencer|revenir|le\srefaire|refaire|remettre\sca)\b")
put(U, "violence_now", None, "il m a violee ... aidez moi",
    r"\b(?:<HURT>)\b(?:\s\w+){0,15}?\s(?:aidez\smoi|aide\smoi|aidez\snous|aide\snous|au\ssecours|sos|help|a\sl\saide)\b")
put(C, "travel_debt", None, "ils ont paye mon billet et je dois travailler pour le payer",
    r"\b(?:billet|voyage|vol|visa|traversee|transport)\b(?:\s\w+){0,10}?\s(?:dois|doit|devons|doivent|faut)\s(?:travailler\s)?(?:pour\s)?(?:le\s|la\s|les\s|l\s)?(?:pay\w*|rembours\w*)")
put(C, "withholding_of_wages", None, "le fermier nous paie la moitie",
    r"\b(?:me|m|nous|les|la|le|l|lui|leur)\s<PAYV>\s(?:que\s|seulement\s|juste\s)?(?:la\smoitie|une\spartie|le\squart|un\stiers|moins\sque)\b")
put(C, "unrealistic_offer", None, "gagner 10000 dollars par mois sans trop travailler / travail facile",
    r"\b(?:sans\s(?:trop\s|beaucoup\s)?(?:travailler|effort|se\sfatiguer)|\d{2}\s?\d{3}\s(?:euros?|dollars?|usd)\s(?:par|le|chaque)\smois)\b")
put(C, "contract_substitution", None, "le bureau a pris nos contrats et nous en a donne des nouveaux",
    r"\b(?:(?:pris|repris|retire\w*|dechire\w*|confisque\w*)\s(?:<POSS>\s)?contrats?\b(?:\s\w+){0,5}?\s(?:nouveaux|nouveau|nouvelles?|autres?|different\w*)|en\s(?:a|ont)\sdonne\s(?:d\s|des\s)?(?:nouveaux|nouvelles|autres))\b")
put(C, "no_written_contract", None, "j ai jamais rien signe",
    r"\b(?:jamais\srien\ssign\w*|rien\ssign\w*|jamais\ssign\w*\s(?:de\s|aucun\s|un\s)?(?:papier|document|contrat|rien))\b")
put(C, "deception", None, "ils nous ont dit 1200 mais la fiche de paie dit 700",
    r"\b(?:dit|promis|annonce|parle\sde|propose)\s<NUM>\s(?:<MONEY>\s|\w+\s)?(?:\w+\s){0,2}?(?:mais|alors\sque|et\sfinalement|et\sen\sfait)\s(?:\w+\s){0,6}?\d+")

# ---- fourth batch: hard negatives and urgent phrasings
# "pas signe DE nouveau contrat": after a negation French says "de", not "un"
put(C, "contract_substitution", 1, "un autre contrat a l arrivee / a l aeroport (pas: pas de nouveau contrat)",
    r"(?<!\bde\s)(?<!\bd\s)\b(?:autre|nouveau|deuxieme|second|different)\s(?:contrat|papier)\s(?:<FW>){0,4}(?:a\sl\s(?:arrivee|aeroport)|en\sarrivant|sur\splace|la\sbas|different|moins\spaye|en\sarabe)\b")
# the employer paying recruitment fees is the fair practice, not a sign
put(C, "recruitment_fees", 3, "frais de recrutement / de placement (pas: l employeur paie les frais)",
    r"(?<!employeur\spaie\sles\s)(?<!employeur\squi\spaie\sles\s)(?<!employeur\spaye\sles\s)(?<!employeur\sa\spaye\sles\s)(?<!aucun\s)(?<!pas\sde\s)\bfrais\s(?:de\s|d\s)?(?:recrutement|placement|agence|intermediaire|courtage|mise\sen\srelation)\b")
put(C, "physical_sexual_violence", None, "elle se fait battre / torturer",
    r"\b(?:(?:se|s|me|m)\s(?:fait|font|faisait|faisaient|est\sfait\w*|suis\sfait\w*)\s(?:battre|frapper|violer|tabasser|agresser|taper|torturer)|tortur\w*)\b")
put(C, "restriction_of_movement", None, "retenue dans une maison contre sa volonte",
    r"\b(?:retenu\w*|sequestr\w*|gard\w*|deten\w*|enferm\w*)\b(?:\s\w+){0,5}?\scontre\s(?:sa|ma|leur|son|notre|votre)\svolonte\b")
put(U, "locked_in_now", None, "rancon / kidnappee / enlevee",
    r"\b(?:rancon|kidnapp\w*|(?:a|ont|ete)\senleve\w*|retenue?s?\scontre\s(?:sa|ma|leur|notre)\svolonte)\b")

# ==== Fifth pass: concepts from the 180-narrative set (general forms, not its sentences) ====




# a threat to hit ("ils menacent de me bruler", "il va me frapper") is intimidation, not violence
edit(C, "physical_sexual_violence", 0, r"\b(?:me|m|nous|te|t|la|le|l|les|lui|leur|ma|mont)\s",
     r"(?<!menace\sde\s)(?<!menacent\sde\s)(?<!menacait\sde\s)(?<!menacaient\sde\s)(?<!menace\sd\s)(?<!va\s)(?<!vont\s)"
     r"(?<!veut\s)(?<!veulent\s)(?<!allait\s)(?<!pourrait\s)\b(?:me|m|nous|te|t|la|le|l|les|lui|leur|ma|mont)\s")
# "personne m a demande de garder le secret": the match takes the asking verb, so "personne" negates it
edit(C, "secrecy_request", 3, r"\b(?:(?:dit|demande|ordonne|conseille)\s(?:de|d)\s)?",
     r"\b(?:(?:(?:m|me|nous|lui|leur|t|te)\s)?(?:(?:a|ont|avait|avaient)\s)?(?:dit|demande|ordonne|conseille)\s(?:de|d)\s)?")
# "pas d autre contrat a l arrivee" speaks of a substitution, not of a missing contract
edit(C, "no_written_contract", 5, r"\bcontrats?\s", r"(?<!autre\s)(?<!nouveau\s)(?<!deuxieme\s)(?<!second\s)\bcontrats?\s")

F["RECR"] = (r"(?:agent|agence|recruteur\w*|coxeur\w*|demarcheur\w*|intermediaire\w*|passeur\w*|gars|type|mec|dame|monsieur"
             r"|madame|bureau|il|elle|ils|elles|on)")
F["PAYINF"] = r"(?:payer|paye|verser|donner|envoyer|cotiser|deposer)"
F["JOBW"] = r"(?:travail|boulot|job|poste|emploi|contrat|placement|place)"
FIFTH_FR = [
    (C, "recruitment_fees", "l agent dit qu il faut payer 500 000 / fo payer pr le visa et le travail",
     r"\b<RECR>\s(?:(?:me|m|nous|lui|leur|t)\s)?(?:(?:a|ont)\s)?(?:dit|disent|demande\w*|explique\w*|ecrit)\s(?:(?:que|qu|ke|k)\s?(?:il\s|ils\s)?)?"
     r"(?:faut|fo|fau|faudra|faudrait|doit|dois|devons|doivent)\s(?:<FW>){0,2}?<PAYINF>\s<NUM>"),
    (C, "recruitment_fees", "payer 1 000 000 fcfa pour le travail / pr le visa et le boulot",
     r"\b<PAYINF>\s<NUM>\s?(?:<MONEY>\s)?(?:<FW>){0,3}?(?:pour|pr|de)\s(?:(?:le|la|les|l|un|une|mon|ma|son|sa)\s)?"
     r"(?:\w+\s(?:et|ou|\+)\s(?:(?:le|la|l|un|une)\s)?)?<JOBW>\b"),
    (C, "recruitment_fees", "offre de travail ... faut payer des frais de dossier / d inscription",
     r"\b(?:annonce|offre|agent|agence|recruteur\w*|coxeur\w*|demarcheur\w*|travail|boulot|job|emploi)\b(?:\s\w+){0,15}?"
     r"\s(?:<PAYINF>\s<NUM>\s?(?:<MONEY>\s)?(?:de|d)\s)?frais\s(?:de|d)\s(?:dossier|inscription|traitement|candidature)\b"),
    (C, "secrecy_request", "il m a dit de surtout pas parler du travail / de rien dire a sa famille",
     r"\b(?:dit|demande|conseille|ordonne|explique)\s(?:a\s(?:\w+\s){1,3}?)?(?:de|d)\s(?:surtout\s)?(?:ne\s|n\s)?(?:pas|rien|jamais)\s"
     r"(?:(?:en|lui|leur|le|y)\s)?(?:surtout\s)?(?:parler|dire|raconter|mentionner|evoquer|expliquer)\b(?:\s\w+){0,3}?\s"
     r"(?:travail|boulot|job|<KIN>|personne|<AUTH>|ca|cela|rien)\b"),
    (C, "wrong_visa", "dire a l ambassade qu elle part en vacances / qu il va voir un cousin",
     r"\b(?:dire|dis|dit|dites|raconter|declarer|repondre)\s(?:a\s)?(?:l\s|la\s|le\s|les\s)?(?:ambassade|consulat|douane|douaniers|police|immigration"
     r"|aeroport|frontiere|agent)\s(?:que|qu|ke|k)\s?(?:\w+\s){0,4}?(?:vacances|tourisme|touriste|visite|rendre\svisite|voir\s(?:sa|son|ma|mon|une|un|des))\b"),
    (C, "retention_of_documents", "le passeport de mon frere est chez l agence / ses papiers restent chez le patron",
     r"\b<DOC>\s(?:(?:de|d)\s(?:mon|ma|mes|son|sa|ses|notre|leur)\s\w+\s)?(?:est|sont|reste|restent|etait|toujours|encore)\s(?:toujours\s|encore\s|reste\s)?"
     r"(?:chez|ches|che|avec|entre\sles\smains\sde|dans\sle\sbureau\sde|au\sbureau\sde)\s(?:(?:l|le|la|les|son|sa|ses|leur|mon|ma|mes)\s)?<AGENTN>"),
    (C, "retention_of_documents", "mon passeport ils l ont / le passeport c est le patron qui l a",
     r"\b<DOC>\s(?:(?:c\sest|cest|ces|c)\s)?(?:ils|elle|il|elles|<AGENTN>|l\s<AGENTN>|le\s<AGENTN>|la\s<AGENTN>)\s(?:qui\s)?(?:l|les)\s(?:ont|a|garde\w*|tien\w*|cache\w*)\b"),
    (C, "retention_of_documents", "ils lui ont pris son telephone et son passeport",
     r"\b<AUXP>\s(?:(?:deja|aussi|tout|meme)\s)?<TAKEPP>\s<POSS>\s\w+\s(?:et|puis|avec|plus)\s<POSS>\s<DOC>\b"),
    (C, "isolation", "ils lui ont pris son passeport et son telephone",
     r"\b<AUXP>\s(?:(?:deja|aussi|tout|meme)\s)?<TAKEPP>\s<POSS>\s\w+(?:\s\w+)?\s(?:et|puis|avec|plus)\s<POSS>\s<PHONE>\b"),
    (C, "debt_bondage", "une dette ... chaque mois ca augmente (gap longer than the first pattern)",
     r"\bdettes?\s(?:<FW>){0,14}?(?:chaque\smois|tous\sles\smois|toujours|encore)\s(?:ca|elle|la\sdette|sa\sdette|ma\sdette|le\smontant)\s(?:augment\w*|grossit|grandit|monte|double)"),
    (C, "debt_bondage", "travailler pour elle jusqu a tout rembourser",
     r"\b(?:travaill\w*|bosser|bosse|rester|reste)\s(?:<FW>){0,3}?(?:jusqu\s?a|jusqua|juska|tant\sque|tan\ske)\s(?:<FW>){0,3}?(?:tout\s)?(?:rembours\w*|payer\s(?:la|ma|sa|leur|toute\sla)\sdette|avoir\srembours\w*)"),
    (C, "debt_bondage", "sa dette est plus grande que son salaire",
     r"\bdettes?\s(?:<FW>){0,2}(?:plus\s(?:grande|grosse|elevee|forte|haute|importante)|depasse|superieure?)\s(?:que|qu|ke|k|a|au)?\s?(?:<POSS>\s)?(?:salaire|paie|paye)"),
    (C, "no_written_contract", "contrat ? on signe la bas / tu signeras a l arrivee",
     r"\b(?:on|tu|vous|nous|il|elle|ils)\s(?:le\s|la\s|l\s)?(?:signe|signera|signerez|signeras|signerons|signeront|va\ssigner|vas\ssigner|allez\ssigner|vont\ssigner)\s"
     r"(?:(?:le|ton|votre|un|son|leur)\scontrat\s)?(?:la\sbas|labas|a\sl\sarrivee|en\sarrivant|sur\splace|une\sfois\sla\sbas|une\sfois\sarrive\w*)\b"),
    (C, "intimidation_threats", "si je parlais il appellerait la police / me ferait expulser",
     r"\bsi\s(?:je|j|on|nous|elle|il|tu|ils|elles)\s(?:(?:me|m|le|la|l|lui|leur|en|se|s)\s)?\w+(?:ais|ait|ions|aient)\s(?:<FW>){0,6}?"
     r"(?:appellerai\w*|ferai\w*\s(?:expulser|arreter|enfermer|mal)|tuerai\w*|frapperai\w*|denoncerai\w*|renverrai\w*|expulserai\w*|balancerai\w*|vireai\w*|virerai\w*)"),
    (C, "intimidation_threats", "pour me faire expulser / arreter",
     r"\bpour\s(?:me|nous|la|le|les|l|lui|te)\s(?:faire\s)?(?:expulser|arreter|emprisonner|enfermer|renvoyer\sau\spays)\b"),
    (C, "deception", "on m avait dit travail dans une creche ... et la c juste menage",
     r"\b(?:on\s)?<AUXP>\s(?:dit|promis|parle\sd\w*|annonce|propose)\s(?:\w+\s){1,16}?(?:et\sla|et\sici|et\sfinalement|et\sen\sfait|en\sfait|en\svrai|mais\sla|mais\sici)\s"
     r"(?:c|c\sest|cest|ce\sest|je\sfais|on\sfait|elle\sfait|il\sfait|c\setait|je\ssuis|elle\sest|il\sest|on\sest)\s(?:que|juste|seulement|uniquement|du|de\sla|des|le|la|les|dans|bonne|menage)\b"),
]
put_all(FIFTH_FR)
put(C, "secrecy_request", None, "... et de surtout pas parler du travail (a coordinated order)",
    r"\b(?:et|mais|puis)\s(?:de|d)\s(?:surtout\s)?(?:ne\s|n\s)?(?:pas|rien|jamais)\s(?:(?:en|lui|leur|le|y)\s)?(?:surtout\s)?"
    r"(?:parler|dire|raconter|mentionner|evoquer)\b(?:\s\w+){0,3}?\s(?:travail|boulot|job|<KIN>|personne|<AUTH>|ca|cela|rien)\b")

# ==== Sixth pass: concepts that failed on dev3 (new writers); general families, not sentences ====
# fragments: plural SIM cards; more people who hold power; sums in millions; more currencies
F["PHONE"] = (r"(?:telephones?|tel|portables?|phones?|smartphones?|cellulaires?|mobiles?|gsm|puces?|cartes?\ssim|sims?"
              r"|iphones?)")
F["AGENTN"] = F["AGENTN"][:-1] + (r"|dame|patronne|employeuse|chef\sde\schantier|kafeel|arbab|mme|mr"
                                  r"|fils\sdu\spatron|femme\sdu\spatron|vieux|vieille|courtier\w*)")
F["NUM"] = (r"(?:\d+(?:\s?\d{3})*(?:\s(?:millions?|milliards?|mille|k))?|mille|\w+\smille|\w+\scent|cent"
            r"|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s(?:millions?|mille))")
F["MONEY"] = F["MONEY"][:-1] + r"|gnf|fg|xof|xaf|ariary|leones?|shillings?|roupies?|lakhs?|balles|frs?)"
# from whom a secret is kept: family, authorities and anyone who could help
F["SECRETWHO"] = (r"(?:<KIN>|<AUTH>|personne|quiconque|ecole|prof\w*|enseignant\w*|maitresse|directeur\w*|voisins?|voisines?"
                  r"|tantes?|oncles?|grands?\sparents|grand\smere|grand\spere|associations?|ong|medecin|docteur"
                  r"|assistante?s?\ssociale?s?)")
# a threatened consequence, after an object pronoun: "sinon il nous vend", "si je parle il me vire"
F["HARMP"] = (r"(?:(?:va|vont|allait|allaient|ira|iront)\s)?(?:te|t|vous|nous|me|m|la|le|l|les|lui|leur)\s(?:faire\s)?"
              r"(?:denonc\w*|expuls\w*|renvo\w*|vir(?:e|er|era|eront|ent|erait)|licenci\w*|tu(?:e|er|era|eront|ent|erait)"
              r"|frapp\w*|tap(?:e|er|era|ent)|vend\w*|revend\w*|jet\w*\s(?:dehors|a\sla\srue)|met\w*\sdehors|enferm\w*|livr\w*"
              r"|balanc\w*|brul\w*|laiss\w*\smourir|abandonn\w*)\b")
F["HARMA"] = (r"(?:(?:va\s|vont\s)?appel\w*\s(?:la\s|l\s|les\s)?(?:<AUTH>|flics|keufs)|(?:va\s|vont\s)?garde\w*\s(?:ton|tes|ses|son|mon|mes|vos|nos|leurs?)\s<DOC>)")
F["SMALLN"] = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs)"
F["HURTPC"] = (r"(?:frap+(?:e|es|ee|ees|ent)|battue?s?|bat|battent|tabass(?:e|es|ee|ees|ent)|gifl(?:e|es|ee|ees|ent)"
               r"|viol(?:e|es|ee|ees|ent)|agress(?:e|es|ee|ees|ent)|etrangl(?:e|es|ee|ees|ent)|forcee?s?|brulee?s?)")
F["VICTIMS"] = (r"(?:ouvriers|travailleurs|travailleuses|filles|femmes|enfants|bonnes|employes|employees|gars|jeunes|garcons"
                r"|domestiques|migrants|gens|amis?|copains|freres?|soeurs?|cousins?|cousines?|fils|fille|collegues?|hommes|autres)")

SIXTH_FR = [
    # ---- intimidation: "sinon ils nous vendent", "si je parle trop il appelle la prefecture"
    (C, "intimidation_threats", "... sinon ils nous vendent / ou bien il nous met dehors / sinon il appelle la police",
     r"\b(?:(?:sinon|ou\sbien|autrement|faute\sde\squoi)\s(?:(?:je|j|il|on|ils|elle|elles|le\spatron|la\spatronne|madame|monsieur)\s)(?:<HARMP>|<HARMA>)"
     r"|ou\s(?:je|j)\s(?=te\s|t\s|vous\s)<HARMP>)"),
    (C, "intimidation_threats", "si je parle trop / si elle se plaint ... il appelle la prefecture / il nous met dehors",
     r"\b(?:si\s(?:je|j|on|nous|elle|il|tu|vous|ils|elles)|s\s(?:il|ils))\s(?:(?:me|m|te|t|nous|vous|le|la|l|lui|leur|en|se|s|ne|n)\s){0,2}"
     r"(?:parl\w*|plai\w*|refus\w*|pars|part|partons|quitt\w*|reclam\w*|demand\w*|rale\w*|protest\w*|fui\w*"
     r"|enfui\w*|dis|dit|racont\w*|arret\w*|denonc\w*)\b(?:\s\w+){0,6}?\s(?:<HARMP>|<HARMA>)"),
    (C, "intimidation_threats", "il dit qu il va nous vendre / nous revendre aux passeurs / nous laisser dans le desert",
     r"\b(?:va|vont|allait|allaient|veut|veulent)\s(?:me|m|nous|la|le|l|les|te|t|vous)\s(?:vendre|revendre|livrer|jeter\s(?:dehors|a\sla\srue)|mettre\sdehors|abandonner|laisser\s(?:mourir|dans\sle\sdesert))\b"),

    # ---- physical violence: the "taper" family; "ceux qui reclament"; "il m a forcee"; night visits
    (C, "physical_sexual_violence", "il me tape / il m a tapee / ils le tapent (pas: je le tape, il me tape sur les nerfs)",
     r"(?<!\bje\s)(?<!\bj\s)\b(?:me|m|nous|te|t|la|le|l|les|lui|leur)\s(?:(?:a|ont|avait|avaient)\s)?tap(?:e|es|ent|ait|aient|er|ee|ees)\b"
     r"(?!\s(?:sur\s(?:les|le|mes|ses)\s(?:nerfs|systeme|ciboulot)|la\s(?:discute|causette|honte)|un\s(?:message|texto|sms)|dans\sl\soeil))(?!\s(?:pas|pa|jamais|plus)\b)"),
    (C, "physical_sexual_violence", "le chef tapait ceux qui reclamaient / il tape les ouvriers / frappe celles qui refusent",
     r"\b(?:(?:frap+\w*|tap(?:e|ent|ait|aient)|bat|battent|battait|battaient|tabass\w*|cogn\w*|fouett\w*|gifl\w*)\s(?:ceux|celles|celui|celle|tous\sceux|toutes\scelles)\squi"
     r"|tap(?:e|ent|ait|aient)\s(?:les|des|ses|nos|mes|leurs|mon|ma|son|sa)\s<VICTIMS>)\b"),
    (C, "physical_sexual_violence", "il m a forcee / il l a forcee pendant la nuit (pas: forcee a signer, force la main)",
     r"\b(?:m|l|la|nous|les|ma)\s(?:(?:a|ont|avait|avaient)\s)?(?:forcee|forcees|force\s(?:sexuellement|a\scoucher))\b(?!\s(?:a|de|d|le|les|pour|au|aux|la\s(?:main|porte|serrure|fenetre))\b)"),
    (C, "physical_sexual_violence", "il rentre dans ma chambre cette nuit / la nuit / hier soir",
     r"\b(?:vient|viennent|venait|venu|rentr\w*|entr\w*)\s(?:<FW>){0,2}(?:dans|a)\s(?:ma|sa|leur|notre)\schambre\s"
     r"(?:<FW>){0,2}(?:cette\snuit|la\snuit|hier\ssoir|hier\snuit|ce\ssoir|chaque\snuit|toutes\sles\snuits|le\ssoir|la\snuit\sderniere|quand|pendant)\b"),

    # ---- urgent: violence that just happened; fear that the aggressor comes back
    (U, "violence_now", "il m a forcee / violee / battue cette nuit / ce matin / il y a une heure",
     r"\b(?:(?:m|l|la|nous|ma|les)\s(?:(?:a|ont)\s)?<HURTPC>|<HURTPC>)\b(?:\s\w+){0,4}?\s"
     r"(?:cette\snuit|ce\smatin|ce\ssoir|hier\ssoir|hier\snuit|tout\sa\sl\sheure|a\sl\sinstant|il\sy\sa\s(?:\d+|une|deux|dix|quelques)\s(?:min\w*|heures?|h))\b"),
    (U, "violence_now", "j ai peur qu il revienne ce soir / j ai peur il revient",
     r"\bpeur\b(?:\s\w+){0,3}?\s(?:il|ils|qu\sil|qu\sils|que\s(?:le|la|son|sa)\s\w+(?:\sdu\spatron)?)\s(?:ne\s)?(?:va\s|vont\s)?"
     r"(?:revient|revienne|reviennent|revenir|recommence\w*|reviendra|reviendront)\b(?!\s(?:sur|pas|pa|jamais|en\sarriere|au\spays|de|d|du|des)\b)"),

    # ---- restriction: a door locked with a longer noun phrase; permission to go out; going out once a month
    (C, "restriction_of_movement", "elle a ferme la porte de ma chambre a cle / il verrouille la grille de la cour",
     r"(?<!\bje\s)\b(?:ferm\w*|verrouill\w*)\s(?:la|les|notre|ma|sa|leur)\s(?:porte|portes|portail|grille)\s(?:(?:de|d|du|des)\s(?:la\s|l\s|ma\s|sa\s|notre\s|leur\s)?\w+\s)?a\s(?:cle|clef|double\stour)\b"),
    (C, "restriction_of_movement", "pour sortir du camp il faut un papier du superviseur / demander la permission",
     r"\bpour\s(?:sortir|quitter\s(?:le|la|l)\s(?:camp|maison|ferme|chantier|foyer|usine|dortoir|concession|compound|site)|aller\sen\sville|aller\sdehors)\b(?!\s(?:du|le)\s(?:pays|territoire))"
     r"(?:\s\w+){0,5}?\s(?:il\sfaut|faut|fo|on\sdoit|je\sdois|il\sdoit|elle\sdoit|doit)\s(?:<FW>){0,2}"
     r"(?:papier|autorisation|permission|laisser\spasser|bon\sde\ssortie|signature|accord|demander)"),
    (C, "restriction_of_movement", "on sort qu une fois par mois / une sortie par mois maximum / droit a une sortie par semaine",
     r"\b(?:(?:sort\w*|sortie|sorties|quitter\sle\scamp|aller\sen\sville)\s(?:que|qu|seulement|uniquement|juste)\s(?:une|1|deux|2)\sfois\spar\s(?:mois|an|annee|trimestre)"
     r"|(?:une|1)\s(?:seule\s)?(?:fois|sortie)\spar\s(?:mois|an)\s(?:maximum|max|au\smaximum|pas\splus)"
     r"|(?:droit|permis|autorise\w*)\s(?:a\s)?(?:une|1)\s(?:seule\s)?(?:sortie|fois)\s(?:par\s)?(?:mois|semaine|an))\b"),

    # ---- isolation: a place cut off from everything
    (C, "isolation", "une ferme au milieu de nulle part / loin de tout / perdus dans le desert",
     r"\b(?:au\smilieu\sde\snulle\spart|loin\sde\stout(?!\s(?:le|la|les|ce|ca|cela|\w+ment))|perdue?s?\sdans\sle\sdesert|au\smilieu\sdu\sdesert)\b"),

    # ---- abuse of vulnerability: asylum procedure, debts at home, children depending on the worker
    (C, "abuse_of_vulnerability", "il sait qu il est en procedure d asile / qu elle a une dette au pays / que mes enfants comptent sur moi",
     r"\b(?:<AGENT>)\s(?:(?:le|la|les|l)\s)?(?:sait|savent|savait|savaient|connait|connaissent)\s(?:(?:bien|tres\sbien)\s)?(?:que|qu|ke)\s(?:<FW>){0,6}(?:procedure\sd\sasile|demandeu\w*\sd\sasile|asile|deboute\w*|oqtf"
     r"|en\sattente\sde\s(?:papiers|regularisation|titre|reponse)|(?:une|des|plein\sde)\sdettes?|(?:mes|ses|nos|leurs)\senfants\s(?:comptent|dependent|attendent))"),
    (C, "abuse_of_vulnerability", "elle rigole: tes enfants vont manger quoi / ou tu vas aller sans moi",
     r"\b(?:tes|vos|ses)\senfants\svont\smanger\s(?:quoi|koi|comment)|\bou\s(?:tu|vous)\s(?:vas|va|allez)\s(?:aller\s)?(?:sans\smoi|sans\spapiers|sans\snous)\b"),

    # ---- deception: promised one figure, got another; pay cut; promised housing; promise then arrival
    (C, "deception", "le salaire c 800 riyals pas 1500 / le contrat c est 3 ans pas 2",
     r"\b(?:salaire|paie|paye|contrat|on\sgagne|je\sgagne|elle\sgagne|il\sgagne|on\stouche|je\stouche|paient|payent|paie|maintenant|en\sfait|en\svrai|finalement|au\sfinal)\s(?:\w+\s){0,2}?"
     r"\d+(?:\s\d{3})*\s(?:<MONEY>\s|ans\s|mois\s|heures\s|h\s)?(?:et\snon|et\spas|pas|pa)\s(?:les\s)?\d+(?:\s\d{3})*\b"),
    (C, "deception", "le salaire a baisse / a ete divise par deux (pas: le salaire minimum)",
     r"\b(?:salaire|paie|paye|remuneration)\s(?:(?:a|est|a\sete)\s)?(?:(?:deja|aussi|encore)\s)?(?:baisse\w*|diminue\w*|reduit\w*|coupe\w*\sen\sdeux|divise\w*)\b"),
    (C, "deception", "ils ont dit chambre individuelle ... on est 14 dans un conteneur",
     r"\b(?:dit|promis|parle\w*\sd\w*|annonce\w*|propose\w*|montre\w*)\s(?:\w+\s){0,3}?(?:appartement|chambre\s(?:individuelle|seule|privee|perso\w*)|logement\s\w+|villa|maison|studio|hotel|residence)\b"
     r"(?:\s\w+){0,12}?\s(?:on\sest|nous\ssommes|ils\ssont|elles\ssont|on\sdort|on\svit|dorment|vivent)\s(?:a\s)?(?:[5-9]|[1-9]\d|dix|douze|quinze|vingt|trente|plusieurs|nombreux|entasse\w*|dans\sun\s(?:conteneur|container|hangar|garage|local))"),
    (C, "deception", "on m avait promis aide soignante ... je suis arrivee c est pour garder une vieille",
     r"\b(?:promis|dit|annonce|parle\sd\w*|propose)\b(?:\s\w+){1,12}?\s(?:je\ssuis|on\sest|elle\sest|il\sest|nous\ssommes|ils\ssont|elles\ssont)\s(?:arrive\w*|venu\w*|la\sbas)\s"
     r"(?:c\sest|cest|c|c\setait|en\sfait|en\svrai|mais|et\sla|finalement)\s(?!(?:est\s|etait\s)?(?:bon|bien|ok|super|top|parfait|nickel|correct|fait|comme\sprevu|comme\spromis|pareil)\b)"),

    # ---- no written contract: in a language the worker cannot read
    (C, "no_written_contract", "un papier a signer tout en arabe, on sait pas lire / des feuilles en anglais je comprends rien",
     r"\b(?:contrat|contrats|papier|papiers|document|documents|feuille|feuilles|tout|ecrit)\s(?:<FW>){0,2}en\s(?:arabe|anglais|chinois|russe|turc|allemand|italien|coreen|japonais|polonais|grec|hebreu|persan|malais|thai|espagnol|portugais)\b"
     r"(?:\s\w+){0,6}?\s(?:(?:sait|sais|savons|savent|savait|peux|peut|pouvons|peuvent|pouvait|arrive|arrivons|arrivait)\s(?:pas|pa)\s(?:a\s)?(?:le\s|la\s|l\s|les\s)?lire|(?:comprend\w*|lis|lit|lisons|lisent)\s(?:pas|pa|rien)|(?:lis|lit|parle|comprends)\s(?:pas|pa)\s(?:l\s)?(?:arabe|anglais|\w+))\b"),

    # ---- secrecy: from the school, teacher, neighbours; subjunctive orders; what to tell an embassy
    (C, "secrecy_request", "on lui a dit de rien dire a l ecole / aux voisins / a la maitresse",
     r"\b(?:de\s|d\s)(?:ne\s|n\s)?(?:rien|pas|pa|jamais|jamais\srien)\s(?:(?:en|le|la|l|lui|leur)\s)?(?:dire|parler|raconter|mentionner|reveler|signaler)\s(?:(?:de|d|a|au|aux|ca|cela|sur|en|ce|rien)\s){0,3}"
     r"(?:(?:ta|ma|sa|votre|notre|leur|la|les|l|tes|mes|ses|vos|nos|mon|ton|son)\s)?<SECRETWHO>\b"),
    (C, "secrecy_request", "il veut qu elle ne dise rien a ses parents / il faut que personne le sache",
     r"\b(?:veut|veulent|voulait|exige\w*|demande\w*|faut|surtout)\s(?:(?:pas|surtout)\s)?(?:que|qu|ke)\s?(?:\w+\s){0,2}?(?:ne\s|n\s)?"
     r"(?:(?:dise|dises|disent|parle|parles|parlent|raconte|racontes|racontent|mentionne|previenne|previennent)\s(?:(?:en|le|la|l|lui|leur)\s)?(?:rien|pas|pa|jamais|a\spersonne)"
     r"|(?:personne|ta\sfamille|sa\sfamille|ses\sparents|tes\sparents|la\spolice)\s(?:ne\s|n\s)?(?:le\s|l\s|la\s)?(?:sache|saches|sachent|apprenne))\b"),
    (C, "secrecy_request", "a l ambassade je dois dire que je vais rendre visite / surtout pas parler du travail",
     r"\b(?:(?:a|au|aux)\s(?:l\s|la\s|les\s)?(?:ambassade|consulat|douane|douaniers|frontiere|aeroport|police|entretien\sdu\svisa|guichet)\s(?:\w+\s){0,3}?(?:dois|doit|devez|devons|doivent|faut|fo|faudra)\s(?:<FW>){0,1}(?:dire|repondre|raconter|declarer|expliquer)"
     r"|(?:dois|doit|devez|faut|fo|faudra)\s(?:dire|repondre|declarer)\s(?:a|au|aux)\s(?:l\s|la\s|les\s)?(?:ambassade|consulat|douane|douaniers|frontiere|police))\s(?:que|qu|ke)\s?(?:je|tu|on|elle|il|vous|nous)\s(?:\w+\s){0,2}?"
     r"(?:rendre\svisite|en\svacances|vacances|touriste|tourisme|visite|voir\s(?:ma|mon|sa|son|ta|ton|tes|ses|mes|votre|vos|leur|un|une|des)|pelerinage|omra|etudier|un\sstage|un\smariage)"
     r"|\bsurtout\s(?:(?:ne\s|n\s)?(?:pas|rien|jamais)\s(?:(?:en|lui|leur|le|y)\s)?(?:parler|dire|mentionner|evoquer|montrer)|(?:ne\s|n\s)?(?:(?:en|lui|leur|le|y)\s)?(?:parle|parlez|dis|dites|raconte|racontez|montre|montrez)\s(?:pas|rien|jamais))\s(?:(?:du|de|d|le|la|l|au|a|aux|mon|ton|son|ce)\s){0,2}(?:travail|boulot|job|contrat|argent|agence|agent|<KIN>|<AUTH>)\b"),

    # ---- unverifiable recruiter: absent from the internet; no address; only apps; the number keeps changing
    (C, "unverifiable_recruiter", "l agence existe pas sur google / introuvable sur internet / aucune trace sur internet",
     r"\b(?:(?:existe|existait|existent)\s(?:pas|pa|nulle\spart|plus)\s(?:sur|dans|au|a)\s(?:google|internet|le\snet|le\sregistre|les\sregistres|la\sliste|le\ssite|le\sministere)"
     r"|introuvable\w*\s(?:sur|dans)\s(?:google|internet|le\snet|le\sregistre|la\sliste)|(?:aucune|pas\sde|pas\sd)\s(?:trace|avis)\s(?:de\s(?:cette|l)\s(?:agence|societe|entreprise)\s)?(?:sur|dans)\s(?:google|internet|le\snet))\b"),
    (C, "unverifiable_recruiter", "l agence a pas d adresse / tout se fait sur whatsapp / le numero change chaque semaine",
     r"\b(?:(?:agence|bureau|recruteur\w*|agent|societe|entreprise|il|elle|ils)\s(?:(?:n|ne)\s)?(?:(?:a|ont|avait|avaient)\s)?(?:pas|pa|aucune|jamais)\s(?:de\s|d\s)?adresse"
     r"|tout\s(?:se\sfait|se\spasse|passe|est\sfait)\s(?:sur|par|via|en)\s(?:whatsapp|watsap|facebook|messenger|telegram|tiktok|inbox|mp|instagram|insta|imo)"
     r"|(?:numero|num|compte|nom)\s(?:<FW>){0,2}chang\w*\s(?:<FW>){0,2}(?:chaque|tout\sle\stemps|tous\sles|souvent|a\schaque|presque)"
     r"|chang\w*\s(?:souvent\s|tout\sle\stemps\s)?de\s(?:numero|num|nom|compte|puce)\s(?:<FW>){0,1}(?:chaque|tout\sle\stemps|tous\sles|souvent))\b"),
    (C, "unverifiable_recruiter", "offre facebook / annonce tiktok / recrutement whatsapp",
     r"\b(?:offres?|annonces?|recrutement|recrute)\s(?:d\semploi\s|de\stravail\s)?(?:facebook|fb|tiktok|instagram|insta|telegram|whatsapp|snapchat|snap)\b"),

    # ---- documents requested: a scan / copy of the passport sent in private
    (C, "documents_requested", "envoyez scan passeport + photos en inbox / en mp",
     r"\b(?:copie|photo|scan|photocopie|scanne)\s(?:de\s|du\s|d\s)?(?:<POSS>\s)?<DOC>\s(?:\w+\s){0,4}?(?:en|par|sur|via)\s(?:inbox|mp|dm|prive|message\sprive|whatsapp|watsap|messenger|facebook|telegram|imo)\b"),

    # ---- unrealistic offer: high pay and only a trivial requirement
    (C, "unrealistic_offer", "2800 euros juste permis b / 3000 par mois il suffit d avoir un passeport",
     r"\b(?:[2-9]\d{3}|\d{5,}|\d+\s\d{3}|\d+\s?k)\s(?:<MONEY>\s)?(?:(?:par|le|chaque|net|brut)\s)?(?:mois\s)?(?:\w+\s){0,2}?(?:juste|seulement|uniquement|il\ssuffit\sd\savoir|suffit)\s(?:(?:un|une|le|la|ton|votre|d\savoir\sun|d\savoir\sle)\s)?(?:permis|passeport|cni|telephone|motivation|envie|courage|18\sans|majeure?s?)\b"),

    # ---- recruitment fees: money given to a broker; a demand without a currency; training or medical before the job
    (C, "recruitment_fees", "j ai deja donne 1 500 000 a un demarcheur / verse 2 millions a l intermediaire",
     r"\b(?:paye\w*|payer|verse\w*|donne\w*|envoye\w*|remis|transfere\w*)\s(?:deja\s|aussi\s|encore\s)?(?:<NUM>\s?(?:<MONEY>\s)?)(?:<FW>){0,2}?(?:a|au|aux)\s(?:(?:un|une|l|le|la|ce|cet|cette|mon|notre)\s)?"
     r"(?:agence|agent|recruteur\w*|demarcheur\w*|coxeur\w*|intermediaire\w*|passeur\w*|samsar|courtier\w*|bureau)\b"),
    (C, "recruitment_fees", "il demande encore 300 000 pour le contrat / veut 450 000 pour ouvrir le dossier",
     r"\b(?:demand\w*|exig\w*|reclam\w*|veut|veulent|voulait|voulaient)\s(?:encore\s|aussi\s|maintenant\s)?<NUM>\s?(?:<MONEY>\s)?(?:<FW>){0,2}?(?:pour|pr)\s"
     r"(?:(?:(?:ouvrir|monter|preparer|constituer|lancer)\s(?:le|la|l|un|mon|ma|son|sa|ton|ta)\s(?:dossier|procedure|demande))"
     r"|(?:(?:me|m|lui|leur|nous|te|t|vous)\s)?(?:(?:avoir|obtenir|trouver|signer)\s)?(?:(?:le|la|les|l|un|une|mon|ma|son|sa|ton|ta)\s)?(?:contrat|travail|boulot|job|poste|emploi|placement|place))\b"),
    (C, "recruitment_fees", "payer 2 millions pour la formation avant d avoir le poste / la visite medicale avant le depart",
     r"\b(?:pay\w*|verse\w*|donne\w*|cotis\w*)\s(?:<NUM>\s?(?:<MONEY>\s)?)?(?:<FW>){0,2}?(?:(?:pour|de|d)\s)?(?:(?:la|le|l|une|un|ma|sa)\s)?(?:formation|stage|visite\smedicale|examen\smedical|test|tests|assurance|medical|inscription|dossier)\b"
     r"(?:\s\w+){0,3}?\s(?:avant\s(?:de|d|le|la|l)|pour\s(?:avoir|obtenir|decrocher|commencer))\s(?:(?:avoir|obtenir|commencer|partir|signer)\s)?(?:(?:le|la|l|un|une|mon|ma|son|sa)\s)?(?:poste|travail|boulot|job|emploi|contrat|depart|visa|partir)\b"),

    # ---- wages: paid late with an adverb; unfair deductions; arrears claimed
    (C, "withholding_of_wages", "il paie toujours en retard / nous paie souvent avec des semaines de retard",
     r"\b(?:(?:me|m|nous|les|la|le|l|lui|leur)|<AGENT>(?:\s(?:me|m|nous|les|la|le|l|lui|leur))?)\s<PAYV>\s(?:toujours|souvent|tout\sle\stemps|encore|chaque\sfois|des\sfois|parfois|systematiquement)\s(?:en\sretard|avec\s(?:\w+\s){0,3}retard|la\smoitie|qu\sune\spartie|quand\s(?:il|elle|ils)\s(?:veut|veulent))\b"),
    (C, "withholding_of_wages", "il enleve pour la casse / retient pour chaque verre casse / des amendes",
     r"\b(?:enleve\w*|retien\w*|retenu\w*|retir\w*|coupe\w*|deduit\w*|deduis\w*|prelev\w*|sanctionn\w*)\s(?:<FW>){0,4}?(?:pour\s(?:la\scasse|les\scasses|des\serreurs|les\serreurs|les\sretards|des\sretards|une\serreur|rien)"
     r"|(?:pour\schaque|chaque|pour\sun|pour\sune|pour\sles|pour\sla|pour\sle)\s(?:\w+\s)?cass\w*|des\s(?:amendes|penalites|sanctions)|une\samende|des\sjours\sde\ssalaire)\b"),
    (C, "withholding_of_wages", "j ai demande mes 2 mois de salaire / il me doit trois semaines de paie / arrieres de salaire",
     r"\b(?:(?:demande\w*|reclam\w*|attend\w*|doit|doivent|devait|jamais\s(?:eu|recu|touche)|pas\s(?:eu|recu|touche))\s(?:\w+\s){0,2}?(?:mes|ses|nos|leurs|mon|son|notre|leur|les)\s<SMALLN>\s(?:mois|semaines)\s(?:de\s|d\s)(?:salaire|paie|paye|travail|arrieres?)"
     r"|arrieres\sde\s(?:salaire|paie)|(?:salaires?|paies?)\sarrieres?)\b"),

    # ---- debt bondage: pay to leave or change employer; leave only once repaid; owing more than at the start; daily additions
    (C, "debt_bondage", "elle doit 2000 dollars si elle veut changer de maison / pour partir il faut payer 3000",
     r"\b(?:(?:doit|dois|doivent|devons|faut|fo|payer|paye|rembourser)\s(?:<FW>){0,2}?<NUM>\s?(?:<MONEY>\s)?(?:<FW>){0,2}?(?:si|pour)\s(?:(?:elle|il|je|j|tu|on|nous|vous|ils|elles)\s)?(?:(?:veut|veux|voulait|voulez|voulons|veulent)\s)?"
     r"(?:changer\sde\s(?:maison|patron|employeur|travail|famille|sponsor|kafil)|changer|partir(?!\s(?:en|au|aux|a|pour|vers)\b)|quitter(?!\s(?:le\spays|le\sterritoire))|s\sen\saller|m\sen\saller|rompre|demissionner|etre\slibre|recuperer\s<POSS>\s<DOC>)"
     r"|pour\s(?:partir(?!\s(?:en|au|aux|a|pour|vers)\b)|quitter\s(?:la\smaison|le\stravail|le\spatron|la\sfamille)|changer\sde\s(?:maison|patron|employeur|travail|sponsor|kafil)|etre\slibre)\s(?:<FW>){0,3}?(?:faut|fo|doit|dois|devra|devez)\s(?:<FW>){0,1}(?:payer|rembourser|verser|donner)\s<NUM>)"),
    (C, "debt_bondage", "je peux partir seulement quand j aurai rembourse / libre une fois la dette payee",
     r"\b(?:partir|quitter|arreter|libre|liberes?|liberee?s?)\s(?:(?:seulement|que|qu|uniquement|juste)\s)?(?:quand|lorsque|apres|une\sfois|le\sjour\sou)\s(?:(?:que|qu)\s)?(?:(?:j|je|il|elle|on|nous|tu|vous|ils|elles)\s)?(?:(?:ai|a|aura|aurai|auras|aurons|aurez|auront|avons|ont)\s)?(?:(?:tout|fini\sde|bien)\s)?"
     r"(?:rembours\w*|paye\w*\s(?:la|ma|sa|toute\sla|leur|les)\s(?:dette|\d)|fini\sde\spayer\s(?:la|ma|sa|leur)\sdette|solde\w*\s(?:la|ma|sa|leur)\sdette|la\sdette\s(?:sera\s|est\s)?(?:payee|remboursee|reglee|soldee))"),
    (C, "debt_bondage", "j ai travaille 8 mois et je dois plus qu au debut / la dette est plus grosse qu au depart",
     r"\b(?:dois|doit|devons|doivent)\s(?:encore\s|toujours\s|maintenant\s)?plus\s(?:(?:d\sargent\s)?(?:qu|que|ke)\s?)(?:\w+\s)?(?:au\sdebut|au\sdepart|avant|a\smon\sarrivee|en\sarrivant|quand\s(?:je|j|il|elle|on)\s(?:suis|est|sommes)\s(?:arrive\w*|venu\w*))\b"
     r"|\bdettes?\s(?:<FW>){0,2}(?:plus\s(?:grande|grosse|lourde)|a\sgrossi|a\saugmente|a\sdouble)\s(?:qu|que)\s?(?:au\sdebut|au\sdepart|avant)\b"),
    (C, "debt_bondage", "chaque jour malade il rajoute 50 / ils comptent mes jours de repos comme une dette",
     r"\b(?:chaque|pour\schaque|par)\s(?:jour\s(?:de\s|d\s)?(?:malade|maladie|absence|repos|conge)|journee\s(?:de\s|d\s)?(?:malade|maladie|absence)|absence|retard|erreur)\s(?:<FW>){0,2}?(?:(?:il|elle|ils|on)\s)?(?:(?:me|nous|lui|leur)\s)?(?:rajout\w*|ajout\w*|compt\w*|met\w*\ssur\sla\sdette)\s(?:<NUM>|des|une|encore|sur)\b"
     r"|\b(?:rajout\w*|ajout\w*|compt\w*)\s(?:<FW>){0,3}(?:jours?\s(?:de\s)?(?:conge|repos|off|malade|maladie|absence)|absences?)\s(?:comme|sur|a|dans)\s(?:une\s|la\s|ma\s|sa\s|leur\s)?dettes?\b"),

    # ---- travel debt: work to repay the journey or the crossing; the ticket counted against the wages
    (C, "travel_debt", "il le fait travailler pour rembourser le voyage / la traversee",
     r"\b(?:travaill\w*|bosse\w*|bosser|rest\w*)\s(?:<FW>){0,4}?pour\s(?:payer|rembourser|solder)\s(?:(?:le|la|les|l|son|sa|mon|ma|leur|ses|mes)\s)?(?:voyage|passage|traversee|billet|billets|vol|route|transport|trajet|frais\sde\svoyage)\b"),
    (C, "travel_debt", "rembourser les 4000 euros du passage / je dois encore rembourser le billet",
     r"\b(?:rembours\w*\s(?:<FW>){0,1}?(?:les\s)?<NUM>\s?(?:<MONEY>\s)?(?:du|de\sla|de\sl|pour\sle|pour\sla)\s(?:voyage|passage|traversee|billet|vol|route|transport|trajet)"
     r"|(?:dois|doit|devons|doivent|devais|devait|faut)\s(?:encore\s|toujours\s)?rembourser\s(?:(?:le|la|les|l|son|sa|mon|ma|leur|ses|mes)\s)?(?:voyage|passage|traversee|billet|billets|vol|route|trajet)\b(?!\s(?:a|au)\s(?:mon|ma|ton|ta|mes|son|sa)\s(?:oncle|tante|pere|mere|frere|soeur|cousin\w*|ami\w*|parents)))"),
    (C, "travel_debt", "la madame fait le compte: logement, nourriture, le billet d avion",
     r"\b(?:fait|font|faisait|faisaient)\s(?:le|les|son|ses|leur)\s(?:compte|comptes|calcul|calculs)\b(?:\s\w+){0,8}?\s(?:billet|billets|voyage|vol|visa|passage|traversee|transport)\b"
     r"|\b(?:compt\w*|calcul\w*|rajout\w*|ajout\w*|deduit\w*|enleve\w*|retien\w*)\s(?:<FW>){0,3}(?:le|les|mon|son|leur)\s(?:billet|billets|voyage|vol|visa|passage|traversee)\s(?:d\savion\s)?(?:sur|dans|a)\s(?:la|ma|sa|leur|notre)\s(?:dette|compte|note|salaire|paie)\b"),

    # ---- sleep deprivation; round-the-clock care; weekly hours
    (C, "excessive_overtime", "je dors jamais plus de 3h / on dort 4 heures par nuit",
     r"\b(?:dor\w*\s(?:(?:jamais|pas|pa)\splus\sde|que|seulement|a\speine|juste)\s(?:[1-4]|une|deux|trois|quatre)\s?(?:h|heures?)\b"
     r"|dor\w*\s(?:[1-4]|deux|trois|quatre)\s?(?:h|heures?)\s(?:par|la|chaque)\snuit"
     r"|(?:[1-4]|deux|trois|quatre)\s?(?:h|heures?)\sde\ssommeil)"),
    (C, "excessive_overtime", "garder une vieille dame jour et nuit / disponible 24h sur 24",
     r"\b(?:gard(?:e|er|es|ent|ait|aient|ais)\s(?:(?:une|un|la|le|les|des|ses|mes|leurs|leur|sa|ma|son|mon)\s)?(?:vieille|vieux|dame|monsieur|enfants?|bebes?|malades?|personnes?|grand\w*|mamie|papi|patient\w*|handicap\w*)"
     r"|dispo\w*|servir|sers|sert|servent|travaill\w*|bosse\w*|bosser)\s(?:<FW>){0,4}(?:jour\set\snuit|nuit\set\sjour|24\s?h\s(?:sur\s)?24|a\stoute\sheure|h24)\b"),
    (C, "excessive_overtime", "70 h par semaine / 80 heures la semaine",
     r"\b(?:[6-9]\d|1[0-4]\d|soixante\w*|quatre\svingts?)\s?(?:h|heures?|hrs?)\s(?:de\stravail\s)?(?:par|la|chaque|a\sla|toute\sla|sur\sla)\s?(?:semaine|sem)\b"),
]
put_all(SIXTH_FR)

# ---- fixes of earlier patterns
# "garder une vieille dame jour et nuit" is round-the-clock work, not being watched: the watched form has a
# person as object or a passive ("on nous surveille jour et nuit", "on est surveilles jour et nuit")
put(C, "restriction_of_movement", 4, "on sort seulement avec madame / on est surveilles jour et nuit",
    r"\b(?:(?:sort\w*|sortons)\s(?:que|seulement|uniquement)\s(?:avec|accompagne\w*)|(?:(?:nous|me|m|les|la|le|l|vous)\s(?:surveill\w*|gard(?:e|ent|ait|aient))|(?:est|sont|suis|sommes|etait|etaient|etre)\s(?:surveill\w*|gard(?:e|es|ee|ees)))\s(?:<FW>){0,3}(?:tout\sle\stemps|jour\set\snuit|24h|24\sh|en\spermanence|nuit\set\sjour))\b")
# "des gardes armes au portail" describes the place; a weapon is a threat when someone has, shows or uses it
edit(C, "intimidation_threats", 7, r"(?:couteau|couteaux|arme|armes|pistolet|fusil|machette|flingue|",
     r"(?:(?<!sont\s)(?<!est\s)(?<!etaient\s)(?<!etait\s)(?<!gardes\s)(?<!gardiens\s)(?<!hommes\s)(?<!soldats\s)(?<!policiers\s)(?<!militaires\s)(?<!groupes\s)(?<!milices\s)(?:couteau|couteaux|arme|armes|pistolet|fusil|machette|flingue)|")
# secrecy kept from a school, a teacher or neighbours, as from the family ("ne dis rien a l ecole")
edit(C, "secrecy_request", 0, r"(?:<KIN>|<AUTH>|personne)\b", r"<SECRETWHO>\b")
# a consulate, an embassy or a school asking a price is not a recruiter's fee
edit(C, "recruitment_fees", 0, r"\b(?:(?:demand\w*|", r"(?<!ambassade\s)(?<!consulat\s)(?<!prefecture\s)(?<!mairie\s)(?<!ecole\s)(?<!universite\s)(?<!banque\s)\b(?:(?:demand\w*|")
# "je n ai pas d adresse fixe" is the writer's own housing, not a recruiter without an office
edit(C, "unverifiable_recruiter", 0, r"\b(?:pas|pa|aucun|aucune|sans|jamais)\s", r"(?<!\bai\s)(?<!\bsuis\s)(?<!\bsommes\s)\b(?:pas|pa|aucun|aucune|sans|jamais)\s")

SIXTH_B = [
    (U, "violence_now", "il vient de me frapper / ils viennent de la violer",
     r"\b(?:vient|viennent|venait|venaient)\s(?:de|d)\s(?:me|m|nous|la|le|l|les|lui)\s(?:frapper|battre|tabasser|violer|agresser|gifler|taper|etrangler|bruler|poignarder|blesser|forcer)\b"),
    (C, "physical_sexual_violence", "il vient de me frapper / de la violer",
     r"\b(?:vient|viennent|venait|venaient)\s(?:de|d)\s(?:me|m|nous|la|le|l|les|lui)\s(?:frapper|battre|tabasser|violer|agresser|gifler|taper|etrangler|bruler|poignarder|blesser)\b"),
    (C, "restriction_of_movement", "c est le patron qui a la cle du portail / madame garde les cles de la maison",
     r"\b(?:<AGENTN>(?:\s(?:qui|ki))?|il|elle|ils|elles)\s(?:(?:a|ont|avait|avaient|garde|gardent|gardait|detient|detiennent|tient|tiennent)\s)(?:(?:toujours|seul|seule|seuls|seules)\s)?(?:la|les)\s(?:cles?|clefs?)\s"
     r"(?:du|de\sla|de\sl|des)\s(?:portail|porte|portes|maison|chambre|dortoir|grille|camp|appartement|foyer|cadenas|entree|hangar|compound|cour)\b"),
    (C, "secrecy_request", "il veut pas que sa famille le sache / elle ne veut pas que la police l apprenne",
     r"\b(?:veut|veulent|voulait|voulaient)\s(?:pas|pa|surtout\spas)\s(?:que|qu|ke)\s?(?:\w+\s){1,3}?(?:le\s|l\s|la\s|en\s)?(?:sache|sachent|apprenne|apprennent|soit\sau\scourant|soient\sau\scourant)\b"),
]
put_all(SIXTH_B)
# "ils ont pris toutes nos puces"
edit(C, "isolation", 0, r")\s<POSS>\s<PHONE>\b", r")\s(?:(?:tous|toutes)\s)?<POSS>\s<PHONE>\b")
# "les signes d une fausse offre sur facebook ?" is a general question, not a recruiter met there
edit(C, "unverifiable_recruiter", 2, r"\b(?:recrut\w*|offre|", r"(?<!fausse\s)(?<!fausses\s)(?<!faux\s)(?<!fake\s)(?<!arnaque\s)(?<!arnaques\s)\b(?:recrut\w*|offre|")

# ==== Seventh pass: labelling rule -- a contract substituted with worse terms is deception too ====
# A new contract imposed on arrival (contract_substitution) whose terms are worse than promised -- less pay,
# more hours, an amount compared ("150 dollars au lieu de 300", "800 riyals pas 1500", "que 900 dh"),
# another job or employer -- also shows deception. Not "le nouveau contrat paie plus", "meme salaire que promis",
# "on m a pas fait signer d autre contrat". Gaps never swallow a negation word.
from fragments import expand as _expand  # noqa: E402

F["CSNEW"] = (r"(?<!\bde\s)(?<!\bd\s)(?:(?:un|une|des|le|la|les|leur|leurs|nos|mes|ses|ce|cet|cette)\s)?"
              r"(?:autres?|nouveaux?|nouvel|nouvelles?|deuxieme|second|seconde|different\w*)\s(?:contrats?|papiers?|documents?|feuilles?|accords?)")
F["CSIMP"] = _expand(
    r"(?:(?:fait|fais|faire|font|faisait|faisaient|forc\w*|oblig\w*|pousse\w*)\s(?:<FW>){0,2}?(?:re\s?)?sign\w*\s(?:<FW>){0,2}?<CSNEW>"
    r"|(?:re\s?)?sign\w*\s(?:<FW>){0,3}?<CSNEW>"
    r"|re\s?sign\w*\s(?:(?:un|le|des|les|nos|leur|leurs|nouveau)\s)?contrats?"
    r"|(?:a\sla\splace|au\slieu)\s(?:du|de\sleur|de\snotre|de\smon|de\sson|de\sce|des)\scontrats?"
    r"|(?:donne\w*|remis|remet\w*|tendu\w*|montre\w*|file\w*|present\w*|sorti\w*|apporte\w*)\s(?:<FW>){0,2}?<CSNEW>"
    r"|(?:pris|repris|retire\w*|confisque\w*|dechire\w*)\s(?:<POSS>\s)?contrats?\b(?:\s<FW>){0,5}?(?:\s)?(?:nouveaux|nouveau|nouvelles?|autres?|different\w*)"
    r"|en\s(?:a|ont|avait|avaient)\sdonne\s(?:d\s|des\s)?(?:nouveaux|nouvelles|autres)"
    r"|(?:arriv\w*|aeroport|atterri\w*|debarqu\w*)\b\s(?:<FW>){0,8}?<CSNEW>)", F, 3)
F["CSWORSE"] = _expand(
    r"(?:moins\s(?:de\s|d\s)?(?:salaire|argent|paye|paie|sous|fric|thune|remuneration)"
    r"|(?:salaire|paie|paye|remuneration|taux|tarif)\s(?:(?:est|etait|a|plus|beaucoup|bien|encore|tres|a\sete)\s){0,2}"
    r"(?:bas|basse|inferieur\w*|moindre|reduit\w*|diminue\w*|baisse\w*|coupe\w*|divise\w*)"
    r"|(?:plus|davantage)\s(?:d|de)\s(?:heures|travail|jours)\b|heures\sen\splus|heures\sde\splus"
    r"|(?:moins|inferieur\w*)\s(?:que|qu|a)\s(?:<FW>){0,4}?(?:promis|prevu\w*|convenu\w*|annonce\w*|dit|signe\w*|au\spays|avant|le\spremier|l\sancien|l\soriginal|l\saccord)"
    r"|<NUM>\s?(?:<MONEY>\s)?(?:<FW>){0,2}?(?:au\slieu\s(?:de|des|du|d)|a\sla\splace\s(?:de|des|du|d)|et\spas|mais\spas|pas|pa|non|contre)\s(?:les\s)?\d"
    r"|au\slieu\s(?:de|des|du|d)\s(?:les\s)?\d"
    r"|(?:que|qu|seulement|juste|uniquement)\s<NUM>\s?<MONEY>"
    r"|la\smoitie\s(?:du|de|d)\s)", F, 3)
F["CSOTHER"] = (r"(?:(?:autres?|different\w*)\s(?:metier|patron\w*|employeur\w*|travail|boulot|job|poste|societe|entreprise|kafil|famille|ville|pays|maison)"
                r"|(?:pas|plus)\sle\smeme\s(?:travail|boulot|job|metier|patron|employeur|poste))\b")
F["CSGAP"] = r"(?:\s(?!(?:pas|pa|jamais|plus|rien|aucun|aucune|personne|point|meme)\b)\w+){0,12}?"
SEVENTH_FR = [
    (C, "deception", "on nous a fait signer un autre contrat a l arrivee: 900 riyals au lieu de 1400 / moins de salaire et plus d heures",
     r"\b<CSIMP>\b<CSGAP>\s<CSWORSE>"),
    (C, "deception", "on lui a donne un nouveau contrat a l aeroport, autre metier autre patron",
     r"\b<CSIMP>\b<CSGAP>\s<CSOTHER>"),
    (C, "deception", "un salaire plus bas dans le nouveau contrat / 150 dollars au lieu de 300 sur l autre papier",
     r"\b<CSWORSE>(?:\s<FW>){0,6}?\s?(?:dans|sur|avec|du|de|d)\s(?:le|la|l|ce|cet|cette|leur|un|une|son|notre)\s"
     r"(?:nouveau|nouvel|nouvelle|autre|deuxieme|second)\s(?:contrat|papier|document)\b"),
    (C, "deception", "on m avait promis 1500 ... a l arrivee un nouveau contrat avec 900",
     r"\b(?:promis|propose|annonce|parle\sde|dit)\s(?:<FW>){0,4}?(\d+)\b<CSGAP>\s<CSNEW>\s(?:<FW>){0,3}?(?!\1\b)\d+\b"),
]
put_all(SEVENTH_FR)

# ==== Eighth pass: urgent danger, from data/knowledge/red_flags/narratives/dev4 (a third of it urgent) ====
# Present-tense confinement ("ils m enferment"), a door locked from outside, writing in secret
# from someone else's phone, being followed or having fled, a weapon or armed men, torture,
# forced sex, a threat to kill ("si je pars il me tue"), and children made to serve or taken away.
EIGHTH_FR = [
    (U, "locked_in_now", "ils m enferment / on nous enferme / elle l enferme",
     r"\b(?:m|nous|la|le|l|les)\s(?:enferme|enferment|enfermera|enfermeront|sequestre|sequestrent)\b(?!\s(?:pas|pa|jamais|plus)\b)"),
    (U, "locked_in_now", "jsui enfermee / chui bloquee dans la maison",
     r"\b(?:jsui|jsuis|chui|chuis|j\ssuis|je\ssuis)\s(?:<FW>){0,1}(?:enferm\w*|sequestr\w*|bloque\w*\s(?:dans|ds|chez)|coince\w*\s(?:dans|ds|chez))"),
    (U, "locked_in_now", "porte fermee de l exterieur / le portail est ferme a cle",
     r"\b(?:porte|portail|chambre|grille)\s(?:(?:est|a\sete|etait|reste)\s)?(?:fermee?s?|verrouill\w*|cadenass\w*)\s(?:a\scle\s|a\sclef\s)?(?:de\sl\sexterieur|de\sdehors|de\sl\sexterieure|a\scle|a\sclef)\b"),
    (U, "locked_in_now", "il a ferme la porte a cle et pris mon tel",
     r"\b(?:il|elle|ils|elles|patron\w*|madame|monsieur|chef)\s(?:<FW>){0,3}?(?:a|ont)\s(?:<FW>){0,2}?(?:ferme|verrouille|cadenasse)\s(?:la\sporte|le\sportail|la\schambre|la\sgrille)\b"),
    (U, "locked_in_now", "j ecris avec le tel de sa fille / repondez pas sur ce numero",
     r"\b(?:(?:j\s?ecris|jecris|j\s?envoie|je\stape|jtape|j\s?appelle)\s(?:<FW>){0,1}(?:avec|depuis|sur|du|de)\s(?:le|la|l|un|une|son|sa)?\s?(?:tel\w*|portable|ordi\w*|tablette|ipad)\s(?:de|d|du|en\scachette|cache\w*)"
     r"|(?:repond\w*|rappel\w*|appel\w*|ecri\w*)\s(?:pas|pa)\s(?:sur|a|au|sur\sce)\s?(?:ce\s)?num\w*"
     r"|(?:tel\scache|telephone\scache|portable\scache))\b"),
    (U, "violence_now", "il me tape avec un baton / on la frappe / il me tape depuis tout a l heure",
     r"\b(?:il|elle|ils|on|patron|chef)\s(?:me|m|nous|la|le|les)\s(?:tape|tapent|frappe|frappent|bat|battent|cogne|cognent)\b(?!\s(?:sur\sles\snerfs|la\sdiscute|la\scausette|dans\sl\soeil|pas|pa|jamais|plus)\b)"),
    (U, "violence_now", "ils le torturent / on nous torture",
     r"\btortur(?:e|ent|ait|aient|er|es)\b"),
    (U, "violence_now", "on me force a coucher avec des clients / il nous touche la nuit",
     r"\b(?:(?:me|m|nous|la|les)\s(?:force\w*|oblige\w*)\s(?:a\s)?(?:coucher|dormir)\savec"
     r"|(?:me|nous|la|les)\s(?:touche|touchent)\s(?:<FW>){0,3}?(?:la\snuit|le\ssoir|chaque\snuit|tous\sles\ssoirs))\b"),
    (U, "threat_to_life", "si je pars il me tue / il va me tuer / il me tuera",
     r"\b(?:il|ils|elle|elles|on|patron|chef)\s(?:me|m|nous|la|le|les|te|t)\s(?:tue|tuent|tuera|tueront|egorge|egorgera)\b"),
    (U, "threat_to_life", "des hommes armes / ils ont des fusils",
     r"\b(?:hommes?\sarmes?|gens\sarmes|armes?\sa\sfeu|fusils|kalach\w*|pistolets)\b"),
    (U, "threat_to_life", "une voiture me suit / ils me poursuivent",
     r"\b(?:me|nous|la|le)\s(?:suit|suivent|poursui\w*|traqu\w*|cherchent\spartout)\b(?!\s(?:sur|su|insta\w*|tiktok|facebook|fb)\b)"),
    (U, "threat_to_life", "j ai fui la ferme cette nuit / je me suis enfuie / je me suis echappee",
     r"(?<!\bsi\s)(?<!\bsi\sje\s)(?<!\bsi\son\s)(?<!\bsi\selle\s)(?<!\bquand\sje\s)\b(?:(?:j\s?ai|jai|on\sa|nous\savons|elle\sa|il\sa)\sfui|(?:me\ssuis|m\ssuis|se\sest|s\sest|nous\ssommes)\s(?:enfui\w*|echappe\w*|evade\w*))\b"),
    (U, "threat_to_life", "ils disent qu on doit payer sinon ils nous vendent",
     r"\b(?:nous|me|la|le|les)\s(?:vendre|vendent|vendront|vendra)\b"),
    (U, "child_at_risk", "ma fille de 13 ans a ete emmenee au Gabon / on me fait servir dans un maquis, j ai 15 ans",
     r"\b(?:(?:fille|fils|garcon|s(?:oe|œ)ur|frere|enfant|niece|neveu|cousine?|petite|petit)\s(?:de|d)\s(?:[3-9]|1[0-7])\s?ans\s(?:<FW>){0,6}?(?:emmen\w*|amene\w*|parti\w*|partie|envoy\w*|frap+\w*)"
     r"|(?:j\s?ai|jai|g)\s(?:[3-9]|1[0-7])\s?ans\s(?:<FW>){0,8}?(?:servir|serveuse|serveur|maquis|bar|boite|menage|vendre|marche|clients?))\b"),
]
EIGHTH_FR += [
    (U, "violence_now", "le chef de chantier me tape avec un baton",
     r"(?<!\bne\s)\b(?:me|nous)\s(?:tape|tapent)\b(?!\s(?:sur\sles\snerfs|la\sdiscute|la\scausette|dans\sl\soeil|pas|pa|jamais|plus)\b)"),
    (U, "violence_now", "il a frappe un gars hier / ils ont battu mon ami cette nuit",
     r"\b(?:a|ont)\s(?:frappe|battu|tabasse|blesse|viole|poignarde)\s(?:<FW>){0,3}?(?:hier|cette\snuit|ce\smatin|ce\soir|tout\sa\sl\sheure)\b"),
    (U, "threat_to_life", "jsui cache derriere les sacs / je suis cachee dans les toilettes",
     r"\b(?:jsui|jsuis|chui|je\ssuis|suis|sommes|on\sest)\scache\w*\b"),
    (U, "locked_in_now", "il a la seule cle de notre chambre",
     r"\b(?:a|ont|garde|gardent)\s(?:la\s)?seule\scle\b"),
]
put_all(EIGHTH_FR)
# codes seen missing in dev4 beside the urgent ones: threats to report, documents held, fees paid
NINTH_FR = [
    (C, "intimidation_threats", "si je demissionne il dira a la police que j ai vole",
     r"\bsi\s(?:je|j|tu|on|il|elle|vous|nous)\s(?:\w+\s){0,2}?(?:demission\w*|pars|part|partir|quitte\w*|parle\w*|plain\w*|refuse\w*|sors|sort)\b"
     r"(?:\s\w+){0,8}?\s(?:dira|dire|appeler\w*|appelle\w*|denonce\w*|signale\w*|balance\w*)\s(?:a\s|au\s)?(?:la\s|les\s)?(?:police|gendarmerie|flics|immigration|prefecture|autorites)\b"),
    (C, "intimidation_threats", "il me menace de la prison / menace d expulsion",
     r"\bmenac\w*\s(?:\w+\s){0,2}?(?:de|d)\s(?:la\s|l\s)?(?:prison|police|expulsion|renvoi|tuer|mort|frapper|expulser)\b"),
    (C, "retention_of_documents", "ils ont mes papiers / le patron garde son passeport dans son coffre",
     r"(?<!\bje\s)(?<!\bj\s)\b(?:(?:ils|il|elle|elles)\s(?:ont|a|gardent|garde|confisque\w*|retient|retiennent)\s(?:mon|ma|mes|nos|notre|leur|leurs)"
     r"|(?:patron\w*|chef|capitaine|sponsor|kafil|madame|agence|agent)\s(?:\w+\s){0,3}?(?:ont|a|gardent|garde|confisque\w*|retient|retiennent)\s(?:mon|ma|mes|nos|son|sa|ses|leur|leurs))"
     r"\s(?:passeports?|papiers|pieces\sd\sidentite|documents|cartes?\sd\sidentite)\b(?!\s(?:pas|pa|jamais|plus)\b)"),
    (C, "recruitment_fees", "j ai emprunte pour payer le recruteur",
     r"\b(?:emprunt\w*|endett\w*|vendu\s\w+)\s(?:\w+\s){0,2}?pour\s(?:payer|paye)\s(?:le|la|l|les|un|une)\s?(?:recruteur|agent|agence|intermediaire|demarcheur|passeur)\b"),
]
put_all(NINTH_FR)
# dev5-9 pass: a threat said after "il dit / si / sinon / ou" (je te tue, il tire, ils me vendent, il me jette a la mer),
# "c'est toi le prochain", "ce soir ce sera pire", a false theft accusation, "ils savent ou habitent nos familles"
FR_THREAT_CONTEXT = (r"(?:dit|disent|dire|a\sdit|ont\sdit|jure|a\sjure|menace|menacent|crie|si|sinon|ou|ou\sbien|celui\squi|ceux\squi"
                     r"|celle\squi|la\sprochaine\sfois)")
FR_OBJ = r"(?:te|t|vous|me|m|nous|le|la|l|lui|les|leur)"
FR_SUBJ = r"(?:je|j|il|elle|ils|elles|on)\s(?:va\s|vont\s|vais\s|allait\s|allaient\s)?"
FR_HARM = (FR_SUBJ + r"(?:" + FR_OBJ + r"\s(?:tue|tuer|tuent|jette|jeter|jettent|coupe|couper|coupent|vend|vendre|vendent|brule|bruler"
           r"|brulent|egorge|egorger|enterre|enterrer|achever|acheve)|tue|tuer|tire|tirer|tirent|casse\stout|egorge)\b")
FR_BEAT = (r"(?:si|sinon|ou|ou\sbien|celui\squi|ceux\squi|celle\squi)\s(?:\w+\s){0,8}?(?:je|j|il|elle|ils|elles|on)\s(?:va\s|vont\s|vais\s)?"
           + FR_OBJ + r"\s(?:frappe|frapper|frappent|tape|taper|tapent|tabasse|tabasser|defonce|defoncer|casse|casser|cassent)\b"
           r"|\b(?:va|vont|vais)\s" + FR_OBJ + r"\s(?:frapper|taper|tabasser|defoncer|casser)\b")
NINTH_FR_B = [
    (C, "intimidation_threats", "il dit ouvre ou je casse tout / si on crie il tire / sinon ils me coupent le doigt / il va me jeter a la mer",
     r"\b" + FR_THREAT_CONTEXT + r"\s(?:\w+\s){0,10}?" + FR_HARM),
    (C, "intimidation_threats", "celui qui essaie de partir il le frappe / il va nous casser les jambes",
     r"\b" + FR_BEAT),
    (C, "intimidation_threats", "c est toi le prochain / c est mon tour demain / la prochaine fois elle meurt / ce soir ca sera pire",
     r"\b(?:(?:c\sest|c|cest|t\ses|tu\ses|il\sest|elle\sest|je\ssuis|jsuis)\s(?:toi\s|moi\s|lui\s)?le\sprochain|(?:c\sest|c|cest)\s(?:mon|ton|son|notre|votre)\stour"
     r"|la\sprochaine\sfois\s(?:\w+\s)?(?:meurt|meurs|mourra|mourras|creve|creves|tu\smeurs|elle\smeurt|il\smeurt)"
     r"|(?:ce\ssoir|demain|la\sprochaine\sfois)\s(?:ca|ce)\s(?:sera|va\setre)\spire|les\spieds\sdevant)\b"),
    (C, "intimidation_threats", "elle va dire a la police que j ai vole son or / il dit que j ai vole",
     r"\b(?:dire|dit|dira|disent|accuse\w*)\s(?:\w+\s){0,3}(?:que|qu)\s(?:j\sai|jai|tu\sas|t\sas|elle\sa|il\sa|on\sa)\svole\b"),
    (C, "intimidation_threats", "ils savent ou habitent nos familles",
     r"\b(?:sait|savent|connait|connaissent)\s(?:\w+\s){0,2}?ou\s(?:habite|habitent|vit|vivent|reste|restent|dort|dorment)\b"),
]
put_all(NINTH_FR_B)

# dev5-9 pass: restriction of movement said in other words (personne peut sortir, on sort que le dimanche,
# ferment a cle le soir, la garde dans une chambre, retenue par son employeur, il peut pas partir)
NINTH_FR_C = [
    (C, "restriction_of_movement", "personne a le droit de descendre / aucun ne quitte la plantation / laisser sortir personne",
     r"\b(?:(?:personne|aucun|aucune|nul)\s(?:\w+\s)?(?:a\sle\sdroit\sde\s|peut\s|ne\speut\s|n\sa\sle\sdroit\sde\s|ose\s)?(?:sortir|partir|descendre|quitter|quitte|sort|s\sen\saller)"
     r"|laisser\s(?:sortir|partir)\spersonne)\b"),
    (C, "restriction_of_movement", "on peut sortir du foyer que le vendredi / on sort jamais sans monsieur",
     r"\b(?:(?:sortir|sort|sortons|sortent|partir|aller\sen\sville)\s(?:\w+\s){0,3}?(?:que|qu)\s(?:le|la|les|avec|une\sfois|accompagne\w*)"
     r"|(?:sort|sortons|sortent|sortir)\s(?:jamais|pas|pa)\s(?:sans|seul|seule|seuls|seules|toute\sseule|tout\sseul))\b"),
    (C, "restriction_of_movement", "pour sortir faut demander la permission au superviseur / les sorties c est une fois par mois",
     r"\b(?:(?:sortir|sortie|sorties|aller\sen\sville|aller\sau\smarche|quitter\s\w+)\b(?:\s\w+){0,8}?\s(?:demander|demande)\s(?:la\spermission|l\sautorisation|au\schef|au\spatron|au\ssuperviseur|a\smonsieur|a\smadame)"
     r"|les\ssorties\s(?:\w+\s){0,2}(?:une\sfois|seulement|avec\sle\schef))\b"),
    (C, "restriction_of_movement", "ils ferment la porte a cle le soir / le chauffeur a ferme derriere / a mis un cadenas sur le camp",
     r"(?<!\bje\s)(?<!\bj\s)\b(?:(?:ferme|ferment|fermer|a\sferme|ont\sferme|boucle|bouclent|verrouille\w*)\s(?:\w+\s){0,4}?(?:a\scle|au\scadenas|a\sdouble\stour|derriere\s(?:nous|moi|eux|elles)|de\sl\sexterieur|sur\s(?:nous|moi))"
     r"|(?:mis|met|mettent)\s(?:un\s|le\s|des\s)?cadenas|ferme\sau\scadenas|pris\sla\scle\s(?:avec|sur)\s(?:lui|elle|eux))\b"),
    (C, "restriction_of_movement", "la garde dans une chambre / retenue par son employeur / les gens qui le tiennent / m attachent la nuit",
     r"\b(?:(?:la|le|les|nous|me|m|l)\s(?:garde|gardent|tient|tiennent|retient|retiennent|detient|detiennent)\sdans\s(?:une|la|un|le)\s(?:chambre|maison|hangar|cave|piece|depot|entrepot|conteneur|camion|cour)"
     r"|(?:retenu|retenue|retenus|retenues|detenu|detenue|detenus|detenues|sequestre|sequestree|sequestres)\s(?:par|chez|dans)"
     r"|qui\s(?:le|la|les|nous|me|m)\s(?:tiennent|tient|detiennent|gardent)"
     r"|(?:m|nous|la|le|les)\s(?:attache|attachent)|(?:suis|est|sont|jsuis|chui)\s(?:encore\s)?attache\w*)\b"),
    (C, "restriction_of_movement", "il peut pas partir / elle partira jamais (not 'je peux pas partir cette annee')",
     r"\b(?:(?:il|elle|ils|elles|on)\s(?:ne\s|n\s)?(?:peut|peuvent)\s(?:pas|pa|plus|jamais)\s(?:partir|sortir|quitter|s\sen\saller|descendre)(?!\s(?:en\svacances|en\sconge|avant\s|cette|cet|ce\smois|maintenant|pour\sl|a\sl\setranger))"
     r"|(?:partira|partiras|sortira|sortiras|partirez|partirons)\s(?:jamais|pas))\b"),
]
put_all(NINTH_FR_C)
# dev5-9 pass: salaire retenu, paye quand il veut, reclame puis puni
NINTH_FR_D = [
    (C, "withholding_of_wages", "j ai demande mon salaire / il reclamait son salaire / si je demande encore mon argent",
     r"\b(?:demande|demander|demandait|demandais|reclam\w*)\s(?:encore\s)?(?:mon|son|leur|notre|nos|ses|mes|l|le)\s?(?:salaire|salaires|argent|paie|paye|du)\b(?!\s(?:bulletin|fiche))"),
    (C, "withholding_of_wages", "le reste il dit plus tard / ils gardent 3 mois de salaire en garantie / le patron garde tout l argent",
     r"\b(?:le\sreste\s(?:\w+\s){0,4}?(?:plus\stard|a\sla\sfin\sdu\scontrat|a\sla\sfin\sde\sla\ssaison|en\sfin\sde\s(?:contrat|saison)|quand\s(?:on|je|tu|elle|il)\s(?:part|partira|rentre|rentrera))"
     r"|(?:gardent|garde|retient|retiennent)\s(?:\w+\s){0,3}?(?:mois\sde\s)?(?:salaire|paie|paye)\s(?:en\sgarantie|pour\s(?:qu|que|pas))"
     r"|(?:garde|gardent|prend|prennent|mange|bouffe)\s(?:tout|tt|toute)\s(?:l\s)?(?:argent|salaire|paie))\b"),
    (C, "withholding_of_wages", "on a rien touche depuis 2 mois / la paie est pas venue depuis janvier / on touche que des avances",
     r"\b(?:(?:rien\stouche|touche\srien|pas\stouche|rien\srecu|rien\seu)\b(?:\s\w+){0,3}?\s(?:depuis|ca\sfait|pendant)"
     r"|(?:paie|paye|salaire)\s(?:elle\s|il\s)?(?:est\s)?(?:pas|jamais)\s(?:venue|venu|arrivee|arrive|tombee|tombe)"
     r"|que\sdes\savances)\b"),
    (C, "withholding_of_wages", "le patron paie seulement quand il est content / le mois prochain le mois prochain / ils gardent nos cartes bancaires",
     r"\b(?:(?:paie|paye|payent|salaire)\s(?:\w+\s){0,2}?(?:seulement|que)\squand\s(?:il|elle|ils)\s(?:est|veut|veulent|sont|a\senvie)"
     r"|le\smois\sprochain\sle\smois\sprochain"
     r"|(?:gardent|garde|ont|a\spris|ont\spris|prennent)\s(?:\w+\s){0,4}?(?:nos|mes|ses|leurs)\s(?:cartes\sbancaires|carte\sbancaire|cartes\sbleues))\b"),
]
put_all(NINTH_FR_D)
# dev5-9 pass: conditions indignes dites autrement (privé de nourriture, pas d'hopital, dormir avec le chien)
NINTH_FR_E = [
    (C, "abusive_conditions", "jai rien mange depuis hier / ca fait 2 jours je mange pas / tu manges quand tu finis",
     r"\b(?:(?:rien\smange|pas\smange|mange\srien|mange\spas|pas\sde\snourriture|plus\sde\sriz|plus\sde\snourriture|plus\srien\sa\smanger|pas\sd\seau|plus\sd\seau|pa\smanje)\b(?:\s\w+){0,3}?\s(?:depuis|ca\sfait|pendant)"
     r"|ca\sfait\s\w+\sjours?\s(?:que\s)?(?:je|on|il|elle|ils)\s(?:mange|mangent|ai\spas\smange|a\spas\smange)\s(?:pas|rien)"
     r"|(?:manges|mange|mangent|manger)\s(?:\w+\s){0,2}?quand\s(?:tu|on|je|vous|ils)\s(?:finis|finit|finissez|finissent|auras\sfini|as\sfini|aura\sfini))\b"),
    (C, "abusive_conditions", "le kafil me fait dormir dans la cour avec le chien / dormir sur le balcon",
     r"\bdorm\w*\s(?:\w+\s){0,4}?(?:avec\sle\schien|avec\sles\schiens|sur\sle\sbalcon|dans\sla\scour|dans\sles\stoilettes|par\sterre\sdans\sla\scuisine|dans\sla\sreserve|dehors\sdans\sle\sfroid)\b"),
]
put_all(NINTH_FR_E)
# dev5-9 pass: tromperie dite autrement (on m'a dit X, ici Y; pas le salaire du contrat; au lieu de X je fais Y)
NINTH_FR_F = [
    (C, "deception", "on m a dit soudeur, ici je decharge des camions / on nous avait dit serveuse, en vrai c est un bar",
     r"\b(?:on\sm\sa\sdit|on\snous\sa\sdit|on\snous\savait\sdit|on\sm\savait\sdit|on\slui\sa\sdit|on\sleur\sa\sdit|on\slui\savait\sdit|ils\sm\sont\sdit|ils\snous\sont\sdit"
     r"|ils\snous\savaient\sdit|on\sa\sdit\sa\s(?:mon|ma|mes)\s\w+)\s(?:\w+\s){1,8}?(?:ici|en\svrai|en\sfait|en\srealite|maintenant|alors\sque|et\sla|au\sfinal|finalement)\b"),
    (C, "deception", "le salaire est pas celui du contrat / c pas le salaire du depart / moins que prevu",
     r"\b(?:(?:salaire|paie|paye)\s(?:\w+\s){0,2}?(?:est\s)?(?:pas|plus)\s(?:celui|celle|le\smeme|la\smeme)\s(?:du|de|prevu|promis|annonce|convenu)"
     r"|pas\sle\ssalaire\s(?:du|de|prevu|promis|annonce|convenu)|moins\sque\s(?:prevu|promis|convenu|annonce))\b"),
    (C, "deception", "au lieu d aide soignante je fais le menage / alors qu au pays on parlait de 8h",
     r"\b(?:au\slieu\sd\s?(?:e\s)?\w+(?:\s\w+)?\s(?:je|j|on|il|elle|ils|elles)\s(?:fais|fait|font|travaille|travaillent|suis|est|sont|nettoie|nettoient|garde|gardent)"
     r"|alors\squ\s(?:au\spays|au\sdepart|avant\sde\spartir|dans\sle\scontrat|a\sl\sagence)\s(?:on\s)?(?:parlait|disait|avait\sdit|avait\spromis|etait\secrit|c\setait))\b"),
]
put_all(NINTH_FR_F)
# "j ai jamais paye de frais a l agence" is about a fee the person did not pay, not unpaid wages
edit(C, "withholding_of_wages", 0, "(?:<PPAY>|",
     r"(?:<PPAY>(?!\s(?:de\s|d\s|des\s|les\s|la\s|le\s|aucun\w*\s)?(?:frais|commission\w*|caution|dossier|visa|billet|agence|agent))|")
# "coinces dans l ascenseur / les bouchons" is not a confinement
for _table in (C["restriction_of_movement"], U["locked_in_now"]):
    for _i, (_c, _p) in enumerate(_table):
        _table[_i] = (_c, _p.replace(r"coince\w*", r"coince\w*(?!\s(?:\w+\s){0,2}?(?:ascenseur|bouchons?|embouteillage|circulation|neige))"))

# dev10 pass (odd items of bench/red_flags/dev10 only): recruiter fees, an unreachable
# recruiter, travel and debt deducted from pay, a child promised in marriage abroad
DEV10_FR = [
    (C, "recruitment_fees", "elle veut mon passeport et 250000 francs avant de lancer le visa",
     r"\b(?:veut|veulent|demande\w*|exige\w*|reclame\w*|faut)\s(?:\w+\s){0,8}?\d[\d\s.,]*\s?(?:k\s|mille\s|millions?\s)?(?:francs?|fcfa|cfa|euros?|eur|dollars?|usd|dinars?|dirhams?|dh|mad|rials?|riyals?|nairas?|cedis|livres|dt)\s(?:\w+\s){0,2}?(?:avant\sde|pour)\s(?:lancer|commencer|deposer|traiter|faire|demarrer|ouvrir|reserver|bloquer|garder)\b"),
    (C, "recruitment_fees", "je paie 100000 par mois a l intermediaire / payer 500 euros pour reserver la place",
     r"\b(?:paie|paye|payer|payé|verse|verser|envoie|envoye|donne|donner)\s(?:\w+\s){0,5}?(?:a|au|a\sla|a\sl)\s(?:l\s)?(?:intermediaire|recruteur|recruteuse|agent|agence|demarcheur|coxeur|passeur|rabatteur|democheur|mec|type|gars)\b(?!\s(?:pas|pa|jamais|plus)\b)"
     r"|\bpayer\s(?:\w+\s)?\d[\d\s.,]*\s?(?:k\s|mille\s)?(?:francs?|fcfa|cfa|euros?|eur|dollars?|usd|dinars?|dirhams?|dh|mad|rials?|riyals?|nairas?|cedis|livres|dt)?\s?pour\s(?:reserver|bloquer|garder|avoir)\s(?:la|ta|ma|sa|une|votre|notre)\splace\b"),
    (C, "unverifiable_recruiter", "il a pas d agence / ils ont aucun bureau",
     r"\b(?:il|elle|ils|elles|le\srecruteur|l\sagent|le\sgars|le\smec|le\stype)\s(?:n\s)?(?:a|ont)\s(?:pas|aucun|aucune|meme\spas|jamais\seu)\s(?:de\s|d\s)?(?:agence|bureau|bureaux|licence|agrement|adresse|local)\b"),
    (C, "unverifiable_recruiter", "il a change 3 fois de numero / il change tout le temps de numero",
     r"\bchang\w*\s(?:\w+\s){0,3}?(?:de\s)?(?:numero|numeros|num|tel|telephone|puce|puces)\b"),
    (C, "unverifiable_recruiter", "il repond que par vocal et il veut pas qu on passe a son bureau",
     r"\b(?:repond|reponds|ecrit|parle)\s(?:que|seulement|uniquement)\spar\s(?:vocal|vocaux|message|messages|whatsapp|sms|telegram|messenger)\b"
     r"|\bveut\s(?:pas|jamais)\squ\s?on\s(?:passe|vienne|aille|voie)\s(?:\w+\s)?(?:a\s|au\s|dans\s)?(?:son|sa|leur)\s(?:bureau|agence|local)\b"),
    (C, "travel_debt", "le billet et le logement ils retirent tout sur les 6 premiers mois de paie",
     r"\b(?:billet|billets|voyage|vol|trajet|transport)\s(?:\w+\s){0,8}?(?:retir\w*|retien\w*|dedui\w*|deduis\w*|enlev\w*|prelev\w*|coup\w*)\s(?:\w+\s){0,6}?(?:paie|paye|salaire|salaires|mois)\b"),
    (C, "travel_debt", "le patron retient 300 dirhams chaque mois pour le billet d avion que l agence avait avance",
     r"\b(?:retient|retiennent|retire|retirent|deduit|deduisent|enleve|enlevent|preleve|prelevent)\s(?:\w+\s){0,5}?pour\s(?:le|mon|son|notre|leur|les)\s(?:billet|billets|voyage|vol|trajet)\b"),
    (C, "debt_bondage", "ma dette a l agence est passee de 800 a 2000 dollars",
     r"\b(?:dette|dettes|credit)\s(?:\w+\s){0,4}?(?:est\spassee|passe|augmente\w*|monte|grossit|double|grandit|augmente)\b"),
    (C, "abuse_of_vulnerability", "il dit que sans lui je suis rien ici",
     r"\bsans\s(?:lui|elle|eux|moi|nous)\s(?:je\ssuis|jsuis|t\ses|tu\ses|tes|on\sest|vous\setes|t)\s(?:rien|personne|perdu\w*|mort\w*|foutu\w*)\b"),
    (C, "documents_requested", "j ai donne ma carte d identite et mon passeport au coxeur",
     r"\b(?:donne|remis|confie|laisse|envoye)\s(?:\w+\s){0,4}?(?:passeport|passeports|carte\sd\sidentite|cni|papiers)\s(?:\w+\s){0,6}?(?:a|au|a\sl|a\sla)\s(?:l\s)?(?:intermediaire|recruteur|recruteuse|agent|agence|demarcheur|coxeur|passeur|rabatteur|democheur|mec|type|gars)\b"),
    (C, "documents_requested", "le recruteur garde nos passeports, on les recupere a l aeroport / ils ont ramasse tous nos passeports pour la legalisation",
     r"\b(?:recruteur|recruteuse|agence|agent|intermediaire|coxeur|demarcheur|ils|il|elle)\s(?:\w+\s){0,3}?(?:garde|gardent|ramasse\w*|collecte\w*|pris|prend|prennent|recupere\w*|demande\w*)\s(?:\w+\s){0,2}?(?:nos|mes|les|vos|tes)\s(?:passeports?|papiers|cartes\sd\sidentite)\b(?:\s\w+){0,10}?\s(?:aeroport|depart|legalisation|avant\sle\sdepart|avant\sde\spartir)\b"),
    (U, "child_at_risk", "ma niece a 16 ans, un monsieur a promis de l epouser et de l emmener",
     r"(?<!\by\s)\ba\s(?:[3-9]|1[0-7]|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix\s?sept)\s?ans\b(?:\s\w+){0,12}?\s(?:epous\w*|marier|mariee?s?|mariage|fianc\w*)\b(?!\s(?:pas|pa|jamais)\b)"),
]
put_all(DEV10_FR)

# Children and minors named in the message (`minors`): danger that only the urgency model reads
# is then danger to a child, and the child helpline is given too. Written as-is.
MINORS_COMMENT = [
    "Un enfant ou un·e mineur·e nommé dans le message : le sien (« ma fille », « mon petit frère »),",
    "un·e mineur·e, ou un âge sous 18 ans. Un danger que seul le modèle d'urgence lit est alors un",
    "danger pour un enfant : la ligne pour enfants est donnée aussi. Pas les enfants du patron",
    "(« les enfants de madame »), pas « depuis 5 ans ».",
]
MINORS = [
    ("", r"\b(?:mon|ma|mes|nos|notre)\s(?:(?:petite?|petits|petites|jeune|plus\sjeune)\s)?(?:enfant|enfants|fils|fille|filles|bebe|bebes|gamin|gamine|gamins|gosse|gosses|niece|neveu)\b"),
    ("", r"\b(?:mon|ma|mes|notre|nos)\s(?:petite?|petits|petites|jeune)\s(?:soeur|soeurs|frere|freres|cousine?|cousins)\b"),
    ("", r"\b(?:mineur|mineure|mineurs|mineures|fillette|fillettes|travail\sdes\senfants)\b"),
    ("", r"\bmoins\sde\s(?:18|dix huit)\s?ans\b"),
    ("", r"\b(?:j ai|jai|il a|elle a|ila|ela|agee?\sde|age\sde)\s(?:seulement\s|que\s|juste\s)?(?:[3-9]|1[0-7])\s?ans\b"),
    ("", r"\b(?:fille|garcon|enfant|soeur|frere|gamine?|cousine?)\s(?:de\s)?(?:[3-9]|1[0-7])\s?ans\b"),
]

GENERAL_COMMENT = [
    "Une question générale ou hypothétique sur une pratique, pas le cas de la personne (« si un patron",
    "garde le passeport c'est illégal ? », « est-ce qu'un employeur a le droit de... », « juste pour",
    "savoir ») : les signes nommés sont expliqués, pas enregistrés comme les siens (README « Warning",
    "signs »). `own_case` l'annule quand le message parle aussi de son cas ou de celui d'un proche",
    "(« mon », « on m'a », « ils ont pris ») : les signes sont alors enregistrés. Un danger immédiat",
    "n'est jamais une question : il passe toujours en premier.",
]
GENERAL_ASKING = [
    r"\b(?:c\sest|cest|c|est\sce|ce\sserait|serait\sce|c\s?etait)\s(?:legal|illegal|permis|autorise|interdit|un\scrime|contre\sla\sloi)\b",
    r"\b(?:a\st\sil|a\st\selle|ont\sils|ont\selles|avoir|as\stu)\s(?:le|les)\sdroits?\s(?:de|d)\b",  # asked, not "personne a le droit de sortir"
    r"\b(?:un|une|les)\s(?:patron|patronne|employeur|employeuse|sponsor|kafil|agence|agent|recruteur|entreprise|societe|patrons|employeurs|agences)\s(?:a|ont)\s(?:le|les)\sdroits?\b",
    r"\best\sce\squ\s?(?:un|une|les|on)\s(?:patron|patronne|employeur|employeuse|sponsor|kafil|agence|agent|recruteur|entreprise|societe|patrons|employeurs|agences|agents|peut)\b",
    r"\b(?:un|une)\s(?:patron|patronne|employeur|employeuse|sponsor|kafil|agence|agent|recruteur|entreprise|societe)\s(?:peut|peut\sil|peut\selle|a\st\sil|a\st\selle|doit|a\sle\sdroit)\b",
    r"\bsi\s(?:un|une|jamais|un\sjour|quelqu\s?un|on)\b(?:\s\w+){1,15}\s(?:je\sfais\squoi|on\sfait\squoi|que\sfaire|quoi\sfaire|il\sfaut\sfaire\squoi|faut\sfaire\squoi|elle\sdoit|il\sdoit|doit\sappeler|appeler\squi|on\sappelle\squi|j\sappelle\squi|c\sest\sillegal|c\sest\slegal|cest\sillegal|est\sce\sillegal|est\sce\slegal|quels\ssont)\b",
    r"\b(?:que\sfaire|quoi\sfaire|je\sfais\squoi|on\sfait\squoi|qu\sest\sce\squ\son\sfait|qu\sest\sce\sque\sje\sfais|que\sdoit\sfaire\s\w+)\s(?:si|quand|lorsque|lorsqu)\b",
    r"\b(?:juste\spour\ssavoir|je\sme\srenseigne|je\sdemande\sjuste|juste\sune\squestion|question\sgenerale|en\sgeneral|par\scuriosite|c\sest\spour\ssavoir|hypothetiquement|en\stheorie|pour\smon\sexpose|pour\sun\sexpose|pour\smes\setudes|pour\sun\sprojet|pour\sma\srecherche|pour\sun\sdevoir|je\sdemande\savant\sde\spartir)\b",
    r"\b(?:c\sest\svrai|c\svrai|cest\svrai|est\sce\svrai|est\sil\svrai)\s(?:que|qu)\b",
    # dev11 pass: more forms of a general question
    r"\best\s(?:il|ce)\s(?:permis|legal|illegal|autorise|interdit|normal)\b",
    r"\bsi\s(?:ton|ta|tes|on\ste|on\st|on\svous|votre|vos)\b",  # not "si tu": a quoted threat ("si tu pars on appelle la police")
    r"\bsi\s(?:la|le|l)\s\w+\s(?:te|t|vous)\b",
    r"\b(?:tu|t)\s(?:fais|peux|dois)\squoi\b",
    r"\bquels?\s(?:sont\s(?:les\s)?)?droits?\s(?:a|ont|pour|d)\s(?:un|une|les|la|le)\b",
    r"\b(?:c\squoi|c\sest\squoi|qu\sest\sce\squ)\s(?:un|une|la|le|les)\b",
    r"\bpourquoi\s(?:les|des|certains|certaines|un|une|on)\b",
    r"\bfaut\sil\b",
    r"\best\sce\squ\s?(?:un|une|les)\s\w+",
    r"\b(?:si|est\sce\squ)\son\speut\b",
    r"\b(?:j\sai\slu|jai\slu|j\sai\sentendu|jai\sentendu|on\sdit\sque|les\sgens\sdisent|au\svillage\son\sdit|le\sprof\snous\sa\sdemande|demande\ssi|demandent\ssi)\b",
    r"\bsi\s(?:un|une|des|les)\s(?:patron|patronne|patrons|employeur|employeuse|employeurs|sponsor|agence|agences|agent|recruteur|ouvriers|ouvrier|travailleurs|travailleur|travailleuse|employes|employe|bonne|bonnes|domestique|domestiques|migrant|migrants|migrante|personne|fille|femme)\b",
    r"\bcomment\s(?:verifier|savoir|reconnaitre|eviter|on\ssait|je\ssais|faire\spour\s(?:savoir|verifier|eviter))\b",
    r"\b(?:que\sdit\sla\sloi|selon\sla\sloi|c\spour\ssavoir|c\sest\sjuste\spour\ssavoir|pour\sinfo|pour\sinformation|simple\squestion|question\sde\sprincipe)\b",
]
GENERAL_OWN = [
    r"\bje\s(?!(?:me\srenseigne|demande|fais\squoi|voudrais\ssavoir|veux\ssavoir|veux\sjuste\ssavoir|pose|me\sdemande|sais\spas\ssi|pars|compte|vais\spartir|veux\spartir|prevois|voudrais|pense\spartir)\b)\w+",
    r"(?<!\bje\s)\b(?:me|m|moi|j|jai|jsuis|chui|jme|nous|notre|nos)\b(?!\sappelle\squi\b)(?!\s(?:a|avait|ont)\sdemande\b)(?!\s(?:ai\s)?(?:lu|entendu|appris)\b)(?!\s(?:village|quartier|ecole|classe|mosquee|eglise|prof|professeur)\b)",
    r"\b(?:mon|ma|mes)\b(?!\s(?:question|expose|etudes|projet|recherche|devoir|cours|ecole|classe|village|quartier|prof|professeur)\b)(?!\s\w+\s(?:demande|demandait|voudrait\ssavoir|veut\ssavoir|se\sdemande)\b)",
    # il / elle : ce qu'on fait à la personne ou ce qu'elle vit (« ils l'ont amenée », « elle
    # travaille sans arrêt », « il promet 4000 euros » : passe du 2026-11-28)
    r"\b(?:il|elle|ils|elles)\s(?:a|ont|m\sa|nous\sa|garde|gardent|a\sgarde|ont\sgarde|a\spris|ont\spris|dit|disent|a\sdit|ont\sdit|veut|veulent|demande|demandent|frappe|frappent|enferme|enferment|menace|menacent|paie|paient|paye|payent|retient|retiennent"
    r"|travaille|travaillent|dort|dorment|vit|vivent|bosse|bossent|est\s(?:partie?|bloquee?|enfermee?|coincee?|la\sbas)|sont\s(?:partis|parties|bloques|enfermes)|l\sont|l\sa|lui\sont|lui\sa|nous\sont|m\sont|promettent|promet|proposent|propose)\b",
    r"(?<!\bsi\s)\b(?:le|la|l|son|sa|leur)\s(?:agence|agent|patron|patronne|employeur|sponsor|kafil|madame|societe|entreprise|recruteur|chef|contremaitre|superviseur|capitaine|gerant|boss|passeur)\s(?:\w+\s)?(?:a|ont|garde|gardent|a\sgarde|a\spris|dit|a\sdit|demande|a\sdemande|veut|frappe|enferme|menace|paie|paye|retient)\b",
    # le cas de celui qui écrit sans « je / mon / nous » (passe du 2026-11-28) : « on » pour « nous »
    # (« on dort 15 dans une chambre », « on a pas le droit de sortir »), celui qui fait l'offre
    # (« le coxeur dit », « un mec sur facebook propose »), un mois nommé (« pas payé depuis
    # janvier »), « g vu une annonce »
    r"(?<!\bsi\s)(?<!\bqu\s)(?<!\bcomment\s)(?<!\bquand\s)(?<!\bque\s)\bon\s(?:ne\s|n\s)?(?:nous|lui\sa|leur\sa|dort|dormait|bosse|bossait|travaille|travaillait|commence|finit|mange|mangeait|est\s(?:\d+|pas\spaye|pas\spayes|bloque|bloques|enferme|enfermes|coince|coinces|oblige|obliges|la|ici)|sort|sortait|peut\s(?:(?:pas|plus|jamais)\s)?(?:sortir|partir)|a\s(?:pas|plus|rien|jamais|aucun)|avait|touche|recoit|vit|habite|rembourse|paie|paye|se\slave|fait\s\d+|m\sa|l\sa|a\sete)\b",
    r"(?<!\bsi\s)(?<!\bqu\s)(?<!\bque\s)(?<!\bquand\s)(?<!\blorsqu\s)\b(?:le|la|l|un|une|ce|cette)\s(?:monsieur|dame|coxeur|gars|mec|type|demarcheur|intermediaire|contact|femme|homme|agence|agent|recruteur|patron|madame)\s(?:\w+\s){0,3}?(?:dit|a\sdit|propose|promet|veut|demande|exige|offre|va\spayer|a\spas|n\sa\spas|change)\b",
    r"\bmadame\s(?:dit|a\sdit|veut|garde|refuse|demande)\b",
    r"\bdepuis\s(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|le\sdebut|l\sarrivee)\b",
    r"\bg\s(?:vu|trouve|paye|paie|signe|donne|envoye|recu|parle)\b",
]
