-- Lorazepam: a benzodiazepine the interaction rules and the plan-editor journey need.
INSERT INTO medication (slug, name, generic_name, drug_class, forms, strengths, default_unit, default_route, controlled)
VALUES ('lorazepam', 'Lorazepam', 'lorazepam', 'ANTI_ANXIETY', 'tablet; oral concentrate', '0.5 mg; 1 mg; 2 mg; 2 mg/mL oral concentrate', 'mg', 'oral', TRUE);

INSERT INTO medication_side_effect (medication_id, code, label_en, label_es, serious) VALUES
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'drowsiness', 'Sleepiness or feeling slowed down', 'Somnolencia o sentirse más lento', FALSE),
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'dizziness', 'Dizziness or unsteadiness', 'Mareo o inestabilidad', FALSE),
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'memory_problems', 'Trouble remembering things', 'Dificultad para recordar cosas', FALSE),
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'weakness', 'Weakness', 'Debilidad', FALSE),
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'trouble_breathing', 'Slow or shallow breathing, or hard to wake up', 'Respiración lenta o superficial, o cuesta despertarse', TRUE),
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'suicidal_thoughts', 'New or worse depression or thoughts of suicide', 'Depresión nueva o peor, o pensamientos de suicidio', TRUE),
    ((SELECT id FROM medication WHERE slug = 'lorazepam'), 'withdrawal_symptoms', 'Shaking, seizures or severe anxiety after missing doses', 'Temblores, convulsiones o ansiedad fuerte al saltarse dosis', TRUE);
