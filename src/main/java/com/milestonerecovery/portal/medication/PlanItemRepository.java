package com.milestonerecovery.portal.medication;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {
}
