package com.milestonerecovery.portal.medication;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SideEffectRepository extends JpaRepository<SideEffect, Long> {

    @Query("""
            select s from SideEffect s join fetch s.medication m
            where m.slug in :slugs order by m.name, s.serious desc, s.labelEn""")
    List<SideEffect> findForMedications(Collection<String> slugs);
}
