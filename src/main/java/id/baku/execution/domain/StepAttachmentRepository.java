package id.baku.execution.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface StepAttachmentRepository extends JpaRepository<StepAttachment, Long> {

    List<StepAttachment> findByStepExecutionIdIn(Collection<Long> stepExecutionIds);

    List<StepAttachment> findByStepExecutionId(long stepExecutionId);
}
