package com.milestonerecovery.portal.consultation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ConsultationRequestRepository extends JpaRepository<ConsultationRequest, Long>,
        JpaSpecificationExecutor<ConsultationRequest> {

    Optional<ConsultationRequest> findBySubmissionToken(String submissionToken);

    boolean existsByReference(String reference);
}
