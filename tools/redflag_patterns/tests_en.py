"""Sentences the English patterns (data/knowledge/red_flags/patterns/en.yml) must and must
not fire on: first and third person, SMS / pidgin spellings, questions about a sign ("is it
normal that...?" still shows the sign). Run: ./saferoute python tools/redflag_patterns/tests_en.py"""
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from check import run  # noqa: E402

POS = {
    "retention_of_documents": [
        "my boss took my passport",
        "her madam is holding her passport since she came",
        "is it normal dat my oga dey hold my pasport?",
        "the company holds everybody's passport for safekeeping",
        "the sponsor locked all our passports in his safe",
        "dem collect my international passport for airport",
        "they keep her BRP card",
        "he refuses to give back my passport",
        "I have no complaints about food. They took my passport.",
        "the boss has her passport since she arrived",
    ],
    "deception": [
        "he was promised a driver job, now he is herding camels",
        "they promised 400 dollars but I got 100",
        "she went to Dubai to be a hairdresser but they put her in a club",
        "the job is cleaning, not the shop they told us about",
        "they pay 60 KD instead of 120",
        "the salary is less than what they promised",
        "the agent lied to us",
        "she was told she'd be a nanny, but now she cleans 3 houses",
        "they told him hell work as a cook, now he is on a fishing boat",
    ],
    "restriction_of_movement": [
        "they lock us in at night",
        "we are 30 guys locked inside the camp",
        "the door is locked from outside when they leave",
        "sponsor doesn't let her out at all",
        "we are not allowed to leave the farm",
        "i no fit comot from the house",
        "none of us leaves until the loan is paid",
        "I cannot quit until I repay the loan",
        "the family keeps her inside the house",
    ],
    "isolation": [
        "they took my phone",
        "madam keeps my cellphone in her room, I can only use it Friday night",
        "she won't let her use a phone at all",
        "he reads all my messages",
        "I cannot call my family",
        "no signal at all in the desert camp",
    ],
    "physical_sexual_violence": [
        "the supervisor beats workers who complain",
        "they beat Rahul today",
        "he hit her with a belt",
        "the boss forces us to have sex with customers",
        "the men touch her",
        "he keeps grabbing the women on the line",
        "the employer's son raped her",
    ],
    "intimidation_threats": [
        "if I complain they will report me to the police",
        "he'll cut our hours if anyone reports him",
        "anyone who complains will be sent home",
        "work free this month or he calls ICE",
        "she shouts at me and insults me",
        "he pulled a knife on me",
        "they threaten to deport us",
        "if she complains they send her back home with nothing",
        "madam said if I run she calls the police and says I stole",
        "he says we go to jail if we leave",
    ],
    "withholding_of_wages": [
        "I have not been paid for three months",
        "my husband hasnt been paid in 4 months",
        "we have not received salary for two months",
        "they give us only half the salary",
        "the farmer pays us half",
        "they say they are saving the rest for me",
        "oga never pay for the overtime",
        "they make me work without pay",
    ],
    "debt_bondage": [
        "I must repay a debt to the recruiter that keeps growing",
        "every month they add interest and the amount is bigger",
        "I paid 10000 already and he says I still owe 6000",
        "they keep adding costs for food",
        "she must stay until it is paid",
    ],
    "abusive_conditions": [
        "we sleep twenty in one room with no water",
        "12 of us sleep in a container",
        "she sleeps on a thin mattress in the kitchen",
        "I had fever and the boss still made me work",
        "there is no toilet",
        "we are 9 guys in one small room in the camp",
        "15 workers sharing one container, no aircon in 48 degrees",
    ],
    "excessive_overtime": [
        "we work 16 hours a day, seven days a week",
        "she cleans houses from 7am till midnight every day",
        "I dey work from 5am reach 1am, no off day at all",
        "we do overtime every night",
        "she works nonstop day and night",
    ],
    "abuse_of_vulnerability": [
        "employer knows I have no papers and uses it",
        "he knows I'm undocumented",
        "my boss knows my visa is expired",
        "they know I can't go back to my village",
        "they take advantage of us",
    ],
    "recruitment_fees": [
        "the agent asked me to pay 1500 dollars for the visa",
        "recruiter is asking 2500 USD for a cleaner job",
        "agent want 1 lakh for dubai visa",
        "the agent collected 350k naira from me for processing",
        "guy on TikTok selling work visas",
        "my brother paid the agent 4000 euros",
        "is it normal to pay a placement fee?",
    ],
    "no_written_contract": [
        "there is no contract, just a promise",
        "he says contract is not needed",
        "sign the blank paper, they fill the contract later",
        "they said the contract will be signed over there",
        "papers in Korean that we could not understand",
        "I never signed anything",
        "the broker said no need for contract, we are brothers",
        "he said we dont need a contract, his word is enough",
    ],
    "contract_substitution": [
        "at the airport they made us sign a new contract",
        "when we reached Muscat they gave us another contract",
        "the office took our contracts and gave us new ones",
        "different from the contract we signed at home",
    ],
    "wrong_visa": [
        "they said come on a tourist visa and work there",
        "he was told to enter Serbia on a visit visa and then start in a factory",
        "we go as pilgrims for umrah and then stay and work",
        "don't tell the embassy you are going to work",
        "they will change it to a work visa after I arrive",
    ],
    "unrealistic_offer": [
        "no experience needed, 4000 dollars a month for cleaning",
        "fruit picking 4500 pounds a month, no English needed",
        "I will earn 10000 dollars a month without working hard",
        "visa in one week",
    ],
    "secrecy_request": [
        "he told me don't tell my family about the job",
        "she should not tell us anything until she is there",
        "the recruiter says keep it quiet",
        "keep it a secret",
    ],
    "unverifiable_recruiter": [
        "the recruiter has no office, only a whatsapp number",
        "the recruiter only talks on whatsapp",
        "I found the agent on facebook",
        "a lady on tiktok is offering cleaning jobs in Malta, 2500 euro",
        "the offer letter came from a yahoo address",
        "since we paid, the agent's whatsapp number is switched off",
        "the agency is not answering anymore",
        "the company is not on the ministry list of licensed agencies",
        "we have never met the recruiter in person",
        "he calls from a new number every time",
        "his office closed down and the neighbours say it was never an agency",
    ],
    "documents_requested": [
        "the agent asked me to give him my passport before we travel",
        "agency wants my original passport now",
        "the sub-agent wants 2 lakh plus my original passport",
        "send him my passport and birth certificate by DHL",
        "they collected our passports before giving any contract",
        "the dalal wants my wife's birth certificate and national id, originals only",
    ],
    "travel_debt": [
        "they pay the ticket and cut it from my salary",
        "he'll advance the flight and deduct it from his first 6 paychecks",
        "free flight, you pay it back from salary",
        "they paid my ticket and now I must work to pay it",
    ],
    "romance_offer": [
        "a man i met on facebook wants to marry me and take me to europe",
        "met him on a dating app, he talks marriage and has a job for me",
        "my girlfriend from Instagram wants me to come to Russia",
        "a lady I chat with on Facebook says she loves me and will get me a job",
    ],
    "locked_in_now": [
        "we are locked inside right now",
        "Im locked in the house",
        "we are 6 women trapped in a flat",
    ],
    "violence_now": [
        "help they are beating me",
        "the man is hitting my friend now",
        "my friend is bleeding from the head",
        "I jumped from the balcony, my leg is broken",
    ],
    "threat_to_life": [
        "he says he will kill me",
        "he pulled a knife and said next time he will finish me",
        "I am hiding in the bathroom now",
        "I'm scared they will find me",
        "he threatened to burn me with the iron",
        "they said they will stab my brother if he talks",
    ],
    "child_at_risk": [
        "my daughter is missing since the agent took her",
        "I am 15 and my uncle says I have to marry a man in Saudi",
        "my niece is only 14, they sent her to work as a maid",
        "he is selling his 12 year old daughter as a house girl",
        "they have my 10 year old son in the brick kiln",
    ],
}

NEG = [
    ("they did not take my passport", None),
    ("They did NOT take my passport, I have it in my bag.", None),
    ("my employer never kept my passport", None),
    ("how long does it take to renew my passport", None),
    ("My employer keeps a photocopy of my ID for the file, I have the original.", None),
    ("Is it normal that the embassy keeps my passport for a week to stamp the visa?", None),
    ("The embassy visa fee is 80 euros, I paid it at the VFS centre.", None),
    ("how much is the visa fee for a work permit in canada", None),
    ("Nobody asked me to pay anything for the job.", None),
    ("No one is threatening me, the boss is strict but fair.", None),
    ("I was never told to keep it secret.", None),
    ("He is not in debt to anybody, he paid his own ticket from savings.", None),
    ("My friend's salary came a few days late once but she got all of it.", None),
    ("I share a room with two others, work 8 hours, Friday off.", None),
    ("I am 17, can I apply for a student visa to study in France?", None),
    ("I have no experience, can I still apply for a hotel job?", None),
    ("I will not tell my family until I have the visa", ["secrecy_request"]),
    ("Salary is 1800 dirhams plus food and accommodation.", None),
    ("She met her husband online five years ago, they married in Manila.", None),
    ("I do overtime sometimes but it's paid 1.5x and it's my choice.", None),
    ("My employer deducts the rent for the company flat as written in my contract.",
     ["travel_debt", "debt_bondage"]),
    ("He pays me half of what the others get", ["withholding_of_wages"]),
    ("my cousin has his passport and his phone, he just wants to change jobs", None),
    ("she has her passport, the company gave it back", None),
    ("salary comes on the 5th instead of the 1st, is that normal?", None),
    ("the company paid my flight and does not deduct anything from my pay", None),
    ("there is a guard at the gate 24h for security", ["excessive_overtime"]),
    ("the guard is there 24h for our safety", ["excessive_overtime"]),
    ("he threatened to hit me if I leave", ["physical_sexual_violence"]),
    ("I have a signed contract and I keep my passport", None),
    ("what is debt bondage?", None),
    ("the employer pays my visa and flight", None),
]

# Third pass (dev3 concepts, my own sentences): indirect wording, pidgin/Hinglish, third person, SMS spelling.
POS_3 = {
    'deception': [
        "The 'hotel job' was really a karaoke bar where girls sit with customers.",
        'They advertised waitress work in Cyprus, now she is dancing in a club every night.',
        'The agent promised him a welding job, today he is digging ditches in the desert.',
        'There was no factory at all, they put us on a farm.',
        'Recruiter told her nanny work. Now she cleans four houses.',
        'they said the shop job, now he is selling on the street',
    ],
    'no_written_contract': [
        'The papers are all in Korean and he cannot read a single word.',
        "I don't read Russian but they made me sign anyway.",
        'agent says you get the contract when you land in Riyadh',
        'no contrat, he says his word is enough',
        'only verbal, he said the contract comes after we arrive',
    ],
    'recruitment_fees': [
        'he wants me to pay 3 lakh first then the rest after the visa comes',
        'deposit 20000 pesos to book your slot',
        'the broker asked for my passport plus 2 lakh',
    ],
    'unverifiable_recruiter': [
        'a lady on telegram says she can get me a job in Canada',
        'pay to his personal gcash number',
        'interview only on whatsapp, they never showed an office',
        'we only meet at a cafe near the bus station',
    ],
    'documents_requested': [
        'courier your original passport to our office in Lagos',
        'send me the originals by DHL, copies are not enough',
        'the dalal wants my CNIC and my original passport first',
    ],
    'abuse_of_vulnerability': [
        'he knows my iqama expired so he pays me half',
        'she cannot leave because her visa ran out and the madam uses that',
        'undocumented, so the farmer pays us 2 euros an hour',
        'the boss calls the police on us because our permits are expired',
    ],
    'intimidation_threats': [
        'one word from me and you are deported',
        'pay or they will sell the girls',
        'he keeps telling her without me you are nothing',
    ],
    'withholding_of_wages': [
        'our wages did not come for three months',
        'her pay has not arrived since January',
        'they deduct 50 riyal for every mistake',
        'the foreman takes 100 from us for being late 5 minutes',
    ],
    'debt_bondage': [
        'every month they put the rent on my debt',
        'my debt was 2000 now it is 3500',
        'she can go home only after the loan is repaid',
        'he must repay the recruitment fee before he can leave',
        'the loan only goes up, I pay and pay and it never goes down',
        'he adds everything to my debt, even the water',
    ],
    'travel_debt': [
        'we owe the smuggler 5000 each for the boat',
        'she has a debt of 40000 euros for the journey to Italy',
    ],
    'abusive_conditions': [
        'madam refused to take her to the doctor when she was sick',
        'forty men using one toilet',
        'there are 10 of us in one small room',
        'the drinking water is salty and makes us sick',
        'the boss would not take her to hospital with a broken finger',
        'twenty workers share two toilets',
    ],
    'excessive_overtime': [
        'he works from dawn to dusk in the fields',
        'we get one day off a month',
        'she is working seven days, no rest',
        'she works 7 days and gets a rest maybe once every three months',
    ],
    'isolation': [
        'she can use the phone only on Friday for 30 minutes',
        'they let him call home only once a month',
    ],
    'physical_sexual_violence': [
        'she has bruises from the beatings',
        'the son enters her room at night when the family sleeps',
        'supervisor dey flog us with cable',
        'she came home with marks after a beating from the foreman',
    ],
    'secrecy_request': [
        'he said hide this from your parents until you are there',
        "don't let anyone know you are leaving",
        'she must tell her family she is going to study',
        'the agent told us to say we are tourists visiting a cousin',
        'recruiter said do not discuss the salary with anyone',
    ],
    'wrong_visa': [
        'they said tell immigration you are going to visit your aunt',
    ],
    'romance_offer': [
        'a guy she knows from TikTok wants her to move to Dubai and work with him',
    ],
    'restriction_of_movement': [
        'madam locks the door at night and keeps the key',
        'only the supervisor has the key of the hostel',
        'they lock us from the outside',
    ],
    'locked_in_now': [
        'they keep us locked in since Monday',
        'the sponsor locks her in the storeroom since this morning',
    ],
    'violence_now': [
        'they attacked him tonight',
        'the guards whipped him this evening',
    ],
    'child_at_risk': [
        'my 13 yr old cousin works in a house where they beat her',
    ],
    'retention_of_documents': [
        'her iqama stays with the madam, she never gave it back',
        'I asked for my passport back and he refused',
    ],
}
for _code, _sentences in POS_3.items():
    POS.setdefault(_code, []).extend(_sentences)

NEG += [
    ('I send 200 dollars to my mother every month through bKash to this number she gave me.', ['recruitment_fees', 'unverifiable_recruiter']),
    ('My friend on WhatsApp says the weather in Doha is very hot now.', ['unverifiable_recruiter']),
    ('I paid 80 euros for the visa at the embassy and 20 for the photos.', ['recruitment_fees']),
    ('The AC broke in my car last week, where can I fix it cheaply?', ['abusive_conditions']),
    ('I call my mother once a week on Sunday.', ['isolation']),
    ('I hid it from my family that I lost my job, I feel ashamed.', ['secrecy_request']),
    ('We keep quiet in the dorm at night so others can sleep.', ['secrecy_request']),
    ('so i just keep quiet and do my work, nobody told me anything', ['secrecy_request']),
    ('I have the key to the room and I go out whenever I want.', ['restriction_of_movement']),
    ('The company adds food allowance to my salary every month.', ['debt_bondage']),
    ('The contract is in English and Arabic, I read English well.', ['no_written_contract']),
    ('My passport is with me, I keep it in my bag.', ['retention_of_documents']),
    ('He promised to call me back now I am waiting.', ['deception']),
    ('They said the job is fine, now I work 8 hours and I am happy.', ['deception']),
    ('I met my husband online and now we live together in Manila.', ['romance_offer']),
    ('I work 7 days a month as a part-time tutor.', ['excessive_overtime']),
    ('My uncle said he will sell his car to pay for my ticket.', ['intimidation_threats']),
    ('My visa expired last week and my employer is helping me renew it.', ['abuse_of_vulnerability']),
    ('The employer took him to the hospital right away and paid for everything.', ['abusive_conditions']),
    ('I can call my family any time, even from the boat with satellite.', ['isolation']),
    ('I will send the original diploma to the university by DHL.', ['documents_requested']),
    ('the salary comes every month on time, it never goes down.', ['debt_bondage']),
    ("they didn't ask me for any placement fee, the employer paid it", ['recruitment_fees']),
    ("my cousin called me in secret from a friend's phone, he is fine", ['secrecy_request']),
    ('he pays me half of what we agreed', ['deception']),
    ("I'm stuck in Dubai since 2019 without a good job, any advice?", ['locked_in_now']),
    ('the kidnappers want 5000 dollars from us or they will hurt him', ['recruitment_fees']),
    ('we pay our own rent and each of us holds his own pay card', ['withholding_of_wages']),
    ('the agency collected our passports before the flight to do the visa stamping', ['retention_of_documents']),
    ('they beat him last year but he escaped, now he is home safe', ['violence_now']),
    ('I paid 50 euros to start the German course online', ['recruitment_fees']),
    ('her salary did not come short, she got all of it', ['withholding_of_wages']),
]
POS["recruitment_fees"].append("send 300 dollars to this number to start the process")
POS["secrecy_request"].append("she told me not to share the offer with my friends or family")
POS["excessive_overtime"].append("we start at 5 am and finish after midnight")
NEG.append(("I start at 6 am and finish at 2 pm, then I rest", ["excessive_overtime"]))

# contract substitution with worse terms is deception too (labelling rule, all narrative sets)
POS["deception"] += [
    "when my brother landed in Jeddah they gave him another contract, pay 700 SAR not 1200 like in Kathmandu",
    "the broker made her sign a different paper at the airport: only 250 dollars a month",
    "they handed us new contracts on arrival, 14 hours a day instead of 8",
    "on arrival the company forced us to sign second contracts with lower wages",
    "we signed a new contract in Doha with half the salary they told us at home",
    "at the airport the agent gave them another contract, another employer and a farm job",
    "the office took her contract and gave her a new one, salary less than what was agreed in Manila",
    "less pay and longer hours in the new contract they gave us at arrival",
    "agency offered 1800 dirham, in Dubai they showed us a new contract with 1100",
]
POS["contract_substitution"] += [
    "when my brother landed in Jeddah they gave him another contract, pay 700 SAR not 1200 like in Kathmandu",
]
NEG += [
    ("they gave us a new contract on arrival and the new contract pays more than the first one", ["deception"]),
    ("at the airport they gave us a new contract, same salary as promised, only the dates changed", ["deception"]),
    ("they didn't give us another contract with less money, everything is as promised", ["deception"]),
    ("the agency gave me a new contract with a higher salary, 1500 like we agreed", ["deception"]),
    ("I signed a new contract with the same employer, salary 1500 same as before", ["deception"]),
    ("my cousin earns 900 not 1500 because he works part time, is that legal?", ["deception"]),
    ("they gave us new papers to sign at the airport in Arabic we could not read", ["deception"]),
]

# eighth pass (urgent danger, dev4): sentences written for the new patterns, not taken from dev4
for _kind, _sentences in {
    "locked_in_now": [
        "they locking us every night in the store room",
        "the gate is locked from outside",
        "writing from the cook phone secretly",
        "please dont reply to this number",
        "only the guard has the only key",
    ],
    "violence_now": ["he beat me again tonight", "madam just slapped me", "he forces himself on her"],
    "threat_to_life": [
        "two men with knives outside",
        "i ran away from the villa and they are chasing me",
        "they say they will sell us to another boss",
        "the sponsor is killing me",
    ],
}.items():
    POS[_kind] += _sentences
NEG += [
    ("i locked myself out of my email", ["locked_in_now"]),
    ("this heat is killing me", ["threat_to_life"]),
    ("the agency sold me a fake visa", ["threat_to_life"]),
    ("if i run away will i lose my visa?", ["threat_to_life"]),
    ("my old boss is following me on instagram", ["threat_to_life"]),
]

POS["intimidation_threats"] += ["if u quit i report you to immigration", "oga say he go beat us", "they said whoever leaves will be deported"]
POS["recruitment_fees"] += ["my mother paid 900 dollars to the recruiter for my visa"]

NEG += [
    ("the agent's office is closed on Fridays, i will go tomorrow", ["unverifiable_recruiter"]),
    ("my phone was switched off all night, sorry", ["unverifiable_recruiter"]),
    ("my friend on facebook posted photos from Dubai", ["unverifiable_recruiter"]),
    ("i met the recruiter in person at his licensed office", ["unverifiable_recruiter"]),
]
NEG += [("we never paid a fee, the company paid the visa", ["withholding_of_wages"]), ("stuck in the elevator for 20 minutes today haha", ["restriction_of_movement", "locked_in_now"])]

# recruiter fees, unreachable recruiters, visas and secrecy in other words (dev10 pass)
POS["recruitment_fees"] += [
    "you just have to send 200 dollars for registration and the job is yours",
    "booking fee is 50k naira, pay before friday",
    "the lady told me pay 300 euros and keep quiet",
]
POS["unverifiable_recruiter"] += [
    "the broker does not have an office, we meet him at the market",
    "he keeps changing his number every week",
    "the agent never came to meet me, only voice notes",
    "since i paid, the agency is not picking my calls",
]
POS["wrong_visa"] += ["you go on visit visa first then the company will convert it"]
POS["secrecy_request"] += ["the recruiter told me to delete our messages after i read them"]
POS["isolation"] += ["the sponsor does not let us use our phones at all"]
POS["documents_requested"] += ["the agency collected our passports and said we get them back at the airport"]
NEG += [
    ("delete all my messages now", ["secrecy_request"]),
    ("i paid 80 dollars for the visa at the embassy", ["recruitment_fees"]),
    ("the agency kept my passport for safekeeping while i work in Amman", ["documents_requested"]),
]

if __name__ == "__main__":
    sys.exit(1 if run("en", POS, NEG) else 0)
# a negation inside the gap of a pattern ("are not locked in", "is 16 but not working")
NEG += [
    ("they are not locked up, they go to church every sunday", None),
    ("my cousin is 16 but he is not working, he is in school", None),
    ("the gate of our hostel has no lock at all", None),
]
POS.setdefault("locked_in_now", []).append("they are still locked in the room")
# threats said in other words (dev5-9 pass)
POS["intimidation_threats"] += [
    "he told us to work faster or he breaks our legs",
    "the foreman said he will break my arms if i go to the union",
    "he said next time i will not wake up",
    "the agent is coming for me tonight",
    "madam said i'll regret it if i call my embassy",
    "the boss knows where my family lives in Accra",
    "she says she will tell the police i stole her ring",
]
NEG += [
    ("the mechanic said he will break down the price for me", ["intimidation_threats"]),
    ("my friend knows where the embassy is", ["intimidation_threats"]),
]
# pay kept back, paid at whim, asked for and punished (dev5-9 pass)
POS["withholding_of_wages"] += [
    "the supervisor hit him because he asked for his salary",
    "they pay half and say the balance at the end of the contract",
    "the company is keeping our wages as a deposit",
    "five months and i have not seen a single dollar",
    "she pays us only when she feels like it",
    "the agency holds our ATM cards",
]
NEG += [
    ("i asked for my salary slip to open a bank account", ["withholding_of_wages"]),
    ("salary is paid at the end of the month into my account", ["withholding_of_wages"]),
]
# food and care withheld (dev5-9 pass)
POS["abusive_conditions"] += [
    "madam gives me nothing to eat since two days",
    "they only give us bread and water once a day",
    "you eat when you finish the whole house, she says",
]
NEG += [("i did not eat since morning because i was travelling, now i am fine", None)]
