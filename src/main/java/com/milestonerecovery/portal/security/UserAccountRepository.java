package com.milestonerecovery.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByEmail(String email);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    @Query(value = """
            select a from UserAccount a
            where (:text = '' or a.username like concat('%', :text, '%')
                   or a.displayName like concat('%', :text, '%')
                   or a.email like concat('%', :text, '%'))
              and (:role is null or :role member of a.roles)
            """,
            countQuery = """
            select count(a) from UserAccount a
            where (:text = '' or a.username like concat('%', :text, '%')
                   or a.displayName like concat('%', :text, '%')
                   or a.email like concat('%', :text, '%'))
              and (:role is null or :role member of a.roles)
            """)
    Page<UserAccount> search(String text, Role role, Pageable pageable);

    @Query("""
            select distinct a from UserAccount a join a.roles r
            where a.enabled = true and r in :roles order by a.displayName""")
    List<UserAccount> findEnabledWithAnyRole(Collection<Role> roles);

    @Query("select a.id, a.displayName from UserAccount a where a.id in :ids")
    List<Object[]> findDisplayNames(Collection<Long> ids);
}
