package com.milestonerecovery.portal.consultation;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRequestRepository extends JpaRepository<ConsultationRequest, Long> {

    Optional<ConsultationRequest> findBySubmissionToken(String submissionToken);

    boolean existsByReference(String reference);

    @Query("select r from ConsultationRequest r where (:status is null or r.status = :status)")
    Page<ConsultationRequest> findByStatus(ConsultationStatus status, Pageable pageable);
}
