package org.maillage.watch.persistence;

import org.maillage.actor.ActorRegistered;
import org.maillage.actor.EquipmentShared;
import org.maillage.actor.ProblemDeclared;
import org.maillage.funding.FundingCallPublished;
import org.maillage.funding.FundingDeadlineApproaching;
import org.maillage.watch.WatchEventKind;
import org.maillage.workinggroup.WorkingGroupStatusChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records each event once, in the transaction of the change it tells, just before that transaction commits (so that
 * what the registration or declaration wrote after publishing, such as inline items, is part of its keys): an event
 * is recorded if and only if its change is committed. Once committed, it is offered to the live subscribers
 * ({@link LiveEvents}).
 */
@Component
class EventRecorder {

	private final WatchGraph graph;

	private final LiveEvents live;

	EventRecorder(WatchGraph graph, LiveEvents live) {
		this.graph = graph;
		this.live = live;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActorRegistered registered) {
		record(WatchEventKind.NEW_ACTOR, registered.actorId(), registered.actorId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProblemDeclared declared) {
		record(WatchEventKind.NEW_PROBLEM, declared.problemId(), declared.actorId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EquipmentShared shared) {
		record(WatchEventKind.NEW_SHARED_EQUIPMENT, shared.equipmentId(), shared.actorId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(WorkingGroupStatusChanged changed) {
		record(WatchEventKind.GROUP_STATUS_CHANGED, changed.groupId(), null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(FundingCallPublished published) {
		this.live.afterCommit(
				this.graph.recordFunding(WatchEventKind.NEW_FUNDING_CALL, published.callId(), published.perimeterId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(FundingDeadlineApproaching approaching) {
		this.live.afterCommit(this.graph.recordFunding(WatchEventKind.FUNDING_DEADLINE_APPROACHING,
				approaching.callId(), approaching.perimeterId()));
	}

	private void record(WatchEventKind kind, String subjectId, String actorId) {
		this.graph.record(kind, subjectId, actorId).ifPresent(this.live::afterCommit);
	}

}
