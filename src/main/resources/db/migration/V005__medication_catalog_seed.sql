-- Seed of the medication catalog: medicines commonly managed in outpatient addiction and
-- mental-health care, with the side effects a client can report. Facts are conservative and
-- come from public sources (FDA labels, MedlinePlus, SAMHSA). `serious` marks effects that need
-- urgent care. Education text lives in content/medications/{slug}.{en,es}.md.

INSERT INTO medication (slug, name, generic_name, drug_class, forms, strengths, default_unit, default_route, controlled) VALUES
    ('buprenorphine-naloxone', 'Buprenorphine/naloxone', 'buprenorphine hydrochloride and naloxone hydrochloride', 'OPIOID_USE_DISORDER', 'sublingual film; sublingual tablet', '2 mg/0.5 mg; 4 mg/1 mg; 8 mg/2 mg; 12 mg/3 mg', 'mg', 'sublingual', TRUE),
    ('buprenorphine', 'Buprenorphine', 'buprenorphine hydrochloride', 'OPIOID_USE_DISORDER', 'sublingual tablet; extended-release injection (under the skin)', '2 mg; 8 mg; 100 mg/0.5 mL injection; 300 mg/1.5 mL injection', 'mg', 'sublingual', TRUE),
    ('methadone', 'Methadone', 'methadone hydrochloride', 'OPIOID_USE_DISORDER', 'oral solution; oral concentrate; tablet; dispersible tablet', '5 mg; 10 mg; 40 mg dispersible tablet; 5 mg/5 mL; 10 mg/5 mL; 10 mg/mL concentrate', 'mg', 'oral', TRUE),
    ('naltrexone', 'Naltrexone', 'naltrexone hydrochloride', 'OPIOID_USE_DISORDER', 'tablet', '50 mg', 'mg', 'oral', FALSE),
    ('naltrexone-er', 'Naltrexone extended-release injection', 'naltrexone for extended-release injectable suspension', 'OPIOID_USE_DISORDER', 'extended-release injectable suspension (monthly)', '380 mg', 'injection', 'intramuscular', FALSE),
    ('acamprosate', 'Acamprosate', 'acamprosate calcium', 'ALCOHOL_USE_DISORDER', 'delayed-release tablet', '333 mg', 'mg', 'oral', FALSE),
    ('disulfiram', 'Disulfiram', 'disulfiram', 'ALCOHOL_USE_DISORDER', 'tablet', '250 mg; 500 mg', 'mg', 'oral', FALSE),
    ('naloxone', 'Naloxone nasal spray', 'naloxone hydrochloride', 'OVERDOSE_REVERSAL', 'nasal spray', '4 mg', 'mg', 'nasal', FALSE),
    ('sertraline', 'Sertraline', 'sertraline hydrochloride', 'ANTIDEPRESSANT', 'tablet; oral concentrate', '25 mg; 50 mg; 100 mg; 20 mg/mL oral concentrate', 'mg', 'oral', FALSE),
    ('escitalopram', 'Escitalopram', 'escitalopram oxalate', 'ANTIDEPRESSANT', 'tablet; oral solution', '5 mg; 10 mg; 20 mg; 5 mg/5 mL oral solution', 'mg', 'oral', FALSE),
    ('fluoxetine', 'Fluoxetine', 'fluoxetine hydrochloride', 'ANTIDEPRESSANT', 'capsule; tablet; oral solution', '10 mg; 20 mg; 40 mg; 60 mg; 20 mg/5 mL oral solution', 'mg', 'oral', FALSE),
    ('bupropion', 'Bupropion', 'bupropion hydrochloride', 'ANTIDEPRESSANT', 'tablet; sustained-release tablet (SR); extended-release tablet (XL)', '75 mg; 100 mg; 150 mg; 200 mg; 300 mg; 450 mg', 'mg', 'oral', FALSE),
    ('venlafaxine', 'Venlafaxine', 'venlafaxine hydrochloride', 'ANTIDEPRESSANT', 'extended-release capsule; extended-release tablet; tablet', '25 mg; 37.5 mg; 50 mg; 75 mg; 100 mg; 150 mg; 225 mg', 'mg', 'oral', FALSE),
    ('mirtazapine', 'Mirtazapine', 'mirtazapine', 'ANTIDEPRESSANT', 'tablet; orally disintegrating tablet', '7.5 mg; 15 mg; 30 mg; 45 mg', 'mg', 'oral', FALSE),
    ('trazodone', 'Trazodone', 'trazodone hydrochloride', 'ANTIDEPRESSANT', 'tablet', '50 mg; 100 mg; 150 mg; 300 mg', 'mg', 'oral', FALSE),
    ('hydroxyzine', 'Hydroxyzine', 'hydroxyzine hydrochloride or hydroxyzine pamoate', 'ANTI_ANXIETY', 'tablet; capsule; oral solution', '10 mg; 25 mg; 50 mg; 100 mg; 10 mg/5 mL oral solution', 'mg', 'oral', FALSE),
    ('buspirone', 'Buspirone', 'buspirone hydrochloride', 'ANTI_ANXIETY', 'tablet', '5 mg; 7.5 mg; 10 mg; 15 mg; 30 mg', 'mg', 'oral', FALSE),
    ('clonazepam', 'Clonazepam', 'clonazepam', 'ANTI_ANXIETY', 'tablet; orally disintegrating tablet', '0.125 mg; 0.25 mg; 0.5 mg; 1 mg; 2 mg', 'mg', 'oral', TRUE),
    ('ramelteon', 'Ramelteon', 'ramelteon', 'SLEEP_AID', 'tablet', '8 mg', 'mg', 'oral', FALSE),
    ('zolpidem', 'Zolpidem', 'zolpidem tartrate', 'SLEEP_AID', 'tablet; extended-release tablet; sublingual tablet', '1.75 mg; 3.5 mg; 5 mg; 6.25 mg; 10 mg; 12.5 mg', 'mg', 'oral', TRUE),
    ('gabapentin', 'Gabapentin', 'gabapentin', 'ADJUNCTIVE', 'capsule; tablet; oral solution', '100 mg; 300 mg; 400 mg; 600 mg; 800 mg; 250 mg/5 mL oral solution', 'mg', 'oral', FALSE),
    ('clonidine', 'Clonidine', 'clonidine hydrochloride', 'ADJUNCTIVE', 'tablet; extended-release tablet; skin patch', '0.1 mg; 0.2 mg; 0.3 mg; patch 0.1 mg/day; patch 0.2 mg/day; patch 0.3 mg/day', 'mg', 'oral', FALSE),
    ('prazosin', 'Prazosin', 'prazosin hydrochloride', 'ADJUNCTIVE', 'capsule', '1 mg; 2 mg; 5 mg', 'mg', 'oral', FALSE),
    ('topiramate', 'Topiramate', 'topiramate', 'ADJUNCTIVE', 'tablet; sprinkle capsule; extended-release capsule', '15 mg; 25 mg; 50 mg; 100 mg; 150 mg; 200 mg', 'mg', 'oral', FALSE),
    ('fluvoxamine', 'Fluvoxamine', 'fluvoxamine maleate', 'ANTIDEPRESSANT', 'tablet; extended-release capsule', '25 mg; 50 mg; 100 mg; 150 mg', 'mg', 'oral', FALSE),
    ('phenelzine', 'Phenelzine', 'phenelzine sulfate', 'ANTIDEPRESSANT', 'tablet', '15 mg', 'mg', 'oral', FALSE),
    ('quetiapine', 'Quetiapine', 'quetiapine fumarate', 'ADJUNCTIVE', 'tablet; extended-release tablet', '25 mg; 50 mg; 100 mg; 150 mg; 200 mg; 300 mg; 400 mg', 'mg', 'oral', FALSE);

-- Buprenorphine/naloxone
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'constipation', 'Constipation', 'Estreñimiento', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'sweating', 'Sweating more than usual', 'Sudar más de lo normal', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'mouth_or_dental_problems', 'Mouth pain, tooth pain or tooth decay', 'Dolor en la boca, dolor de muelas o caries', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'trouble_breathing', 'Slow, shallow or difficult breathing, or hard to wake up', 'Respiración lenta, débil o difícil, o le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine-naloxone'), 'liver_problems', 'Yellow skin or eyes, dark urine or pain in the upper belly', 'Piel u ojos amarillos, orina oscura o dolor en la parte alta del abdomen', TRUE);

-- Buprenorphine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'constipation', 'Constipation', 'Estreñimiento', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'sweating', 'Sweating more than usual', 'Sudar más de lo normal', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'injection_site_reaction', 'Pain, itching or a lump where the shot was given', 'Dolor, picazón o un bulto donde le pusieron la inyección', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'trouble_breathing', 'Slow, shallow or difficult breathing, or hard to wake up', 'Respiración lenta, débil o difícil, o le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'buprenorphine'), 'liver_problems', 'Yellow skin or eyes, dark urine or pain in the upper belly', 'Piel u ojos amarillos, orina oscura o dolor en la parte alta del abdomen', TRUE);

-- Methadone
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'constipation', 'Constipation', 'Estreñimiento', FALSE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'sweating', 'Sweating more than usual', 'Sudar más de lo normal', FALSE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'trouble_breathing', 'Slow, shallow or difficult breathing, or hard to wake up', 'Respiración lenta, débil o difícil, o le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'irregular_heartbeat', 'Fast, pounding or irregular heartbeat', 'Latidos del corazón rápidos, fuertes o irregulares', TRUE),
    ((SELECT id FROM medication WHERE slug = 'methadone'), 'fainting', 'Fainting or feeling like you will pass out', 'Desmayo o sensación de que se va a desmayar', TRUE);

-- Naltrexone
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'tiredness', 'Feeling tired', 'Cansancio', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'sudden_opioid_withdrawal', 'Sudden, severe opioid withdrawal (vomiting, diarrhea, shaking, body aches)', 'Abstinencia de opioides repentina y fuerte (vómitos, diarrea, temblores, dolores)', TRUE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone'), 'liver_problems', 'Yellow skin or eyes, dark urine or pain in the upper belly', 'Piel u ojos amarillos, orina oscura o dolor en la parte alta del abdomen', TRUE);

-- Naltrexone extended-release injection
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'injection_site_reaction', 'Pain, tenderness or a lump where the shot was given', 'Dolor, sensibilidad o un bulto donde le pusieron la inyección', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'tiredness', 'Feeling tired', 'Cansancio', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'severe_injection_site_reaction', 'Severe pain, swelling, blisters or an open wound where the shot was given', 'Dolor fuerte, hinchazón, ampollas o una herida abierta donde le pusieron la inyección', TRUE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'sudden_opioid_withdrawal', 'Sudden, severe opioid withdrawal (vomiting, diarrhea, shaking, body aches)', 'Abstinencia de opioides repentina y fuerte (vómitos, diarrea, temblores, dolores)', TRUE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'liver_problems', 'Yellow skin or eyes, dark urine or pain in the upper belly', 'Piel u ojos amarillos, orina oscura o dolor en la parte alta del abdomen', TRUE),
    ((SELECT id FROM medication WHERE slug = 'naltrexone-er'), 'trouble_breathing', 'Trouble breathing, wheezing or a cough that gets worse', 'Dificultad para respirar, silbido en el pecho o tos que empeora', TRUE);

-- Acamprosate
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'acamprosate'), 'diarrhea', 'Diarrhea', 'Diarrea', FALSE),
    ((SELECT id FROM medication WHERE slug = 'acamprosate'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'acamprosate'), 'gas', 'Gas or bloating', 'Gases o hinchazón del abdomen', FALSE),
    ((SELECT id FROM medication WHERE slug = 'acamprosate'), 'itching', 'Itching', 'Picazón', FALSE),
    ((SELECT id FROM medication WHERE slug = 'acamprosate'), 'weakness', 'Feeling weak or tired', 'Debilidad o cansancio', FALSE),
    ((SELECT id FROM medication WHERE slug = 'acamprosate'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE);

-- Disulfiram
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'metallic_taste', 'Metallic or garlic-like taste', 'Sabor metálico o a ajo', FALSE),
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'acne', 'Acne or a mild skin rash', 'Acné o un sarpullido leve', FALSE),
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'numbness_tingling', 'Numbness or tingling in the hands or feet', 'Adormecimiento u hormigueo en las manos o los pies', FALSE),
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'alcohol_reaction', 'Flushing, pounding heart, vomiting or trouble breathing after any alcohol', 'Enrojecimiento, corazón acelerado, vómitos o dificultad para respirar después de consumir alcohol', TRUE),
    ((SELECT id FROM medication WHERE slug = 'disulfiram'), 'liver_problems', 'Yellow skin or eyes, dark urine or pain in the upper belly', 'Piel u ojos amarillos, orina oscura o dolor en la parte alta del abdomen', TRUE);

-- Naloxone nasal spray
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'naloxone'), 'nasal_discomfort', 'Dry, stuffy or sore nose', 'Nariz seca, tapada o adolorida', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naloxone'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naloxone'), 'muscle_aches', 'Body or muscle aches', 'Dolores en el cuerpo o en los músculos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naloxone'), 'withdrawal_symptoms', 'Sudden withdrawal: sweating, chills, nausea, restlessness', 'Abstinencia repentina: sudor, escalofríos, náuseas, inquietud', FALSE),
    ((SELECT id FROM medication WHERE slug = 'naloxone'), 'trouble_breathing', 'Breathing slows again or the person is hard to wake up', 'La respiración vuelve a ser lenta o a la persona le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'naloxone'), 'irregular_heartbeat', 'Fast, pounding or irregular heartbeat', 'Latidos del corazón rápidos, fuertes o irregulares', TRUE);

-- Sertraline
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'diarrhea', 'Diarrhea or loose stools', 'Diarrea o heces blandas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'sweating', 'Sweating more than usual', 'Sudar más de lo normal', FALSE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE),
    ((SELECT id FROM medication WHERE slug = 'sertraline'), 'unusual_bleeding', 'Unusual bruising or bleeding, or black stools', 'Moretones o sangrado fuera de lo normal, o heces negras', TRUE);

-- Escitalopram
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'sweating', 'Sweating more than usual', 'Sudar más de lo normal', FALSE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE),
    ((SELECT id FROM medication WHERE slug = 'escitalopram'), 'unusual_bleeding', 'Unusual bruising or bleeding, or black stools', 'Moretones o sangrado fuera de lo normal, o heces negras', TRUE);

-- Fluoxetine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'nervousness', 'Feeling nervous or jittery', 'Nerviosismo o inquietud', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'loss_of_appetite', 'Less appetite', 'Menos apetito', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE),
    ((SELECT id FROM medication WHERE slug = 'fluoxetine'), 'severe_rash', 'Rash, hives or swelling of the face, lips or throat', 'Sarpullido, ronchas o hinchazón de la cara, los labios o la garganta', TRUE);

-- Bupropion
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'restlessness', 'Feeling restless, anxious or shaky', 'Inquietud, ansiedad o temblores', FALSE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'seizures', 'Seizure (convulsion)', 'Convulsiones', TRUE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'suicidal_thoughts', 'New or worse depression, unusual mood changes or thoughts of suicide', 'Depresión nueva o peor, cambios de ánimo extraños o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'bupropion'), 'severe_rash', 'Rash, hives or swelling of the face, lips or throat', 'Sarpullido, ronchas o hinchazón de la cara, los labios o la garganta', TRUE);

-- Venlafaxine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'sweating', 'Sweating more than usual', 'Sudar más de lo normal', FALSE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'high_blood_pressure', 'Higher blood pressure', 'Presión arterial más alta', FALSE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'venlafaxine'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE);

-- Mirtazapine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'increased_appetite', 'More appetite or weight gain', 'Más apetito o aumento de peso', FALSE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'constipation', 'Constipation', 'Estreñimiento', FALSE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'infection_signs', 'Fever, chills, sore throat or mouth sores', 'Fiebre, escalofríos, dolor de garganta o llagas en la boca', TRUE),
    ((SELECT id FROM medication WHERE slug = 'mirtazapine'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE);

-- Trazodone
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'dizziness', 'Dizziness or lightheadedness when standing up', 'Mareos o sensación de desmayo al ponerse de pie', FALSE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'blurred_vision', 'Blurred vision', 'Visión borrosa', FALSE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'irregular_heartbeat', 'Fast, pounding or irregular heartbeat', 'Latidos del corazón rápidos, fuertes o irregulares', TRUE),
    ((SELECT id FROM medication WHERE slug = 'trazodone'), 'prolonged_erection', 'An erection that is painful or lasts more than 4 hours', 'Una erección dolorosa o que dura más de 4 horas', TRUE);

-- Hydroxyzine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'hydroxyzine'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'hydroxyzine'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'hydroxyzine'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'hydroxyzine'), 'confusion', 'Feeling confused (more likely in older adults)', 'Confusión (más probable en personas mayores)', FALSE),
    ((SELECT id FROM medication WHERE slug = 'hydroxyzine'), 'irregular_heartbeat', 'Fast, pounding or irregular heartbeat, or fainting', 'Latidos del corazón rápidos, fuertes o irregulares, o desmayo', TRUE),
    ((SELECT id FROM medication WHERE slug = 'hydroxyzine'), 'severe_rash', 'Red skin with many small bumps or blisters, often with fever', 'Piel roja con muchos granitos o ampollas, a menudo con fiebre', TRUE);

-- Buspirone
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'nervousness', 'Feeling nervous or excited', 'Nerviosismo o agitación', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'allergic_reaction', 'Hives, swelling of the face or throat, or trouble breathing', 'Ronchas, hinchazón de la cara o la garganta, o dificultad para respirar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'buspirone'), 'irregular_heartbeat', 'Fast, pounding or irregular heartbeat', 'Latidos del corazón rápidos, fuertes o irregulares', TRUE);

-- Clonazepam
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'poor_coordination', 'Unsteady walking or clumsiness', 'Inestabilidad al caminar o torpeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'memory_problems', 'Trouble remembering', 'Problemas de memoria', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'trouble_breathing', 'Slow, shallow or difficult breathing, or hard to wake up', 'Respiración lenta, débil o difícil, o le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'clonazepam'), 'withdrawal_symptoms', 'Seizures, shaking or severe anxiety after missing doses or stopping', 'Convulsiones, temblores o ansiedad fuerte al saltarse dosis o dejar el medicamento', TRUE);

-- Ramelteon
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'drowsiness', 'Feeling sleepy the next day', 'Somnolencia al día siguiente', FALSE),
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'tiredness', 'Feeling tired', 'Cansancio', FALSE),
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'complex_sleep_behaviors', 'Doing things while not fully awake (driving, cooking) and not remembering', 'Hacer cosas sin estar bien despierto (manejar, cocinar) y no recordarlo', TRUE),
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'allergic_reaction', 'Swelling of the tongue or throat, or trouble breathing', 'Hinchazón de la lengua o la garganta, o dificultad para respirar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'ramelteon'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE);

-- Zolpidem
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'drowsiness', 'Feeling sleepy or slowed down the next day', 'Somnolencia o lentitud al día siguiente', FALSE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'memory_problems', 'Trouble remembering', 'Problemas de memoria', FALSE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'complex_sleep_behaviors', 'Doing things while not fully awake (driving, cooking) and not remembering', 'Hacer cosas sin estar bien despierto (manejar, cocinar) y no recordarlo', TRUE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'allergic_reaction', 'Swelling of the tongue or throat, or trouble breathing', 'Hinchazón de la lengua o la garganta, o dificultad para respirar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'trouble_breathing', 'Slow, shallow or difficult breathing, or hard to wake up', 'Respiración lenta, débil o difícil, o le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'zolpidem'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE);

-- Gabapentin
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'dizziness', 'Dizziness', 'Mareos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'poor_coordination', 'Unsteady walking or clumsiness', 'Inestabilidad al caminar o torpeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'swelling', 'Swelling of the hands, legs or feet', 'Hinchazón de las manos, las piernas o los pies', FALSE),
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'trouble_breathing', 'Slow, shallow or difficult breathing, or hard to wake up', 'Respiración lenta, débil o difícil, o le cuesta despertar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'gabapentin'), 'severe_rash', 'Rash with fever, swollen glands or swelling of the face', 'Sarpullido con fiebre, ganglios inflamados o hinchazón de la cara', TRUE);

-- Clonidine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'dizziness', 'Dizziness or lightheadedness when standing up', 'Mareos o sensación de desmayo al ponerse de pie', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'constipation', 'Constipation', 'Estreñimiento', FALSE),
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'fainting', 'Fainting or feeling like you will pass out', 'Desmayo o sensación de que se va a desmayar', TRUE),
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'slow_heartbeat', 'Very slow heartbeat', 'Latidos del corazón muy lentos', TRUE),
    ((SELECT id FROM medication WHERE slug = 'clonidine'), 'rebound_high_blood_pressure', 'Severe headache, pounding heart or shakiness after stopping suddenly', 'Dolor de cabeza fuerte, corazón acelerado o temblores al dejarlo de golpe', TRUE);

-- Prazosin
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'dizziness', 'Dizziness or lightheadedness when standing up', 'Mareos o sensación de desmayo al ponerse de pie', FALSE),
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'headache', 'Headache', 'Dolor de cabeza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'tiredness', 'Low energy', 'Poca energía', FALSE),
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'palpitations', 'Feeling your heart pound', 'Sentir los latidos del corazón con fuerza', FALSE),
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'fainting', 'Fainting, especially after the first dose or a dose increase', 'Desmayo, sobre todo después de la primera dosis o de un aumento de dosis', TRUE),
    ((SELECT id FROM medication WHERE slug = 'prazosin'), 'prolonged_erection', 'An erection that is painful or lasts more than 4 hours', 'Una erección dolorosa o que dura más de 4 horas', TRUE);

-- Topiramate
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'tingling', 'Tingling in the hands or feet', 'Hormigueo en las manos o los pies', FALSE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'taste_changes', 'Changes in how food tastes', 'Cambios en el sabor de los alimentos', FALSE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'loss_of_appetite', 'Less appetite or weight loss', 'Menos apetito o pérdida de peso', FALSE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'trouble_concentrating', 'Trouble concentrating or finding words', 'Dificultad para concentrarse o encontrar palabras', FALSE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'tiredness', 'Feeling tired', 'Cansancio', FALSE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'vision_changes', 'Sudden blurred vision or eye pain', 'Visión borrosa repentina o dolor en los ojos', TRUE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'kidney_stones', 'Severe pain in the side or back, or blood in the urine', 'Dolor fuerte en el costado o la espalda, o sangre en la orina', TRUE),
    ((SELECT id FROM medication WHERE slug = 'topiramate'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE);

-- Fluvoxamine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'nausea', 'Upset stomach or nausea', 'Malestar estomacal o náuseas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'insomnia', 'Trouble sleeping', 'Dificultad para dormir', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'weakness', 'Feeling weak or tired', 'Debilidad o cansancio', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE),
    ((SELECT id FROM medication WHERE slug = 'fluvoxamine'), 'unusual_bleeding', 'Unusual bruising or bleeding, or black stools', 'Moretones o sangrado fuera de lo normal, o heces negras', TRUE);

-- Phenelzine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'dizziness', 'Dizziness or lightheadedness when standing up', 'Mareos o sensación de desmayo al ponerse de pie', FALSE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'weight_gain', 'Weight gain', 'Aumento de peso', FALSE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'sexual_side_effects', 'Less interest in sex or trouble with sex', 'Menos deseo sexual o problemas en la vida sexual', FALSE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'hypertensive_crisis', 'Sudden severe headache, stiff neck, pounding heart or chest pain', 'Dolor de cabeza fuerte y repentino, cuello rígido, corazón acelerado o dolor en el pecho', TRUE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'phenelzine'), 'serotonin_syndrome_signs', 'Agitation, fever, fast heartbeat, stiff or twitching muscles', 'Agitación, fiebre, corazón acelerado, músculos rígidos o con espasmos', TRUE);

-- Quetiapine
INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'drowsiness', 'Feeling sleepy', 'Somnolencia', FALSE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'dizziness', 'Dizziness or lightheadedness when standing up', 'Mareos o sensación de desmayo al ponerse de pie', FALSE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'dry_mouth', 'Dry mouth', 'Boca seca', FALSE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'weight_gain', 'More appetite or weight gain', 'Más apetito o aumento de peso', FALSE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'uncontrolled_movements', 'Movements you cannot control, often of the face or tongue', 'Movimientos que no puede controlar, a menudo de la cara o la lengua', FALSE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'high_blood_sugar', 'Very thirsty, urinating a lot or feeling very weak', 'Mucha sed, orinar mucho o sentirse muy débil', TRUE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'high_fever_stiff_muscles', 'High fever, stiff muscles, sweating or confusion', 'Fiebre alta, músculos rígidos, sudor o confusión', TRUE),
    ((SELECT id FROM medication WHERE slug = 'quetiapine'), 'suicidal_thoughts', 'New or worse depression, or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE);
