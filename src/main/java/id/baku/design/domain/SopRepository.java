package id.baku.design.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SopRepository extends JpaRepository<Sop, Long> {
}
