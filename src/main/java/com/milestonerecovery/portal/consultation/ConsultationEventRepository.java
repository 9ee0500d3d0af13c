package com.milestonerecovery.portal.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationEventRepository extends JpaRepository<ConsultationEvent, Long> {

    List<ConsultationEvent> findByRequestIdOrderByOccurredAtAscIdAsc(Long requestId);
}
