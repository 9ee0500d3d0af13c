package com.milestonerecovery.portal.medication;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {
}
