import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

/** The organization: learners may choose and flow through activities. */
export function organizationSequencing(organization: XMLBuilder, ss: string): void {
  organization.ele(ss, 'imsss:sequencing').ele(ss, 'imsss:controlMode', { choice: 'true', flow: 'true' });
}

/**
 * The lessons cluster: flows in order; it is satisfied when every lesson is completed (a rollup rule, since
 * lessons report completion, not success), and writes that to the global objective `global`.
 */
export function lessonsSequencing(cluster: XMLBuilder, ss: string, global: string): void {
  const sequencing = cluster.ele(ss, 'imsss:sequencing');
  sequencing.ele(ss, 'imsss:controlMode', { choice: 'true', flow: 'true' });
  const rule = sequencing
    .ele(ss, 'imsss:rollupRules')
    .ele(ss, 'imsss:rollupRule', { childActivitySet: 'all' });
  rule.ele(ss, 'imsss:rollupConditions').ele(ss, 'imsss:rollupCondition', { condition: 'completed' });
  rule.ele(ss, 'imsss:rollupAction', { action: 'satisfied' });
  sequencing
    .ele(ss, 'imsss:objectives')
    .ele(ss, 'imsss:primaryObjective', { objectiveID: 'lessons-completed' })
    .ele(ss, 'imsss:mapInfo', {
      targetObjectiveID: global,
      readSatisfiedStatus: 'false',
      writeSatisfiedStatus: 'true',
    });
}

/**
 * The assessment: disabled until the lessons' global objective is satisfied (known and true), then satisfied by
 * measure: scaled score at least `passScore`. Content sets completion and success itself.
 */
export function assessmentSequencing(item: XMLBuilder, ss: string, global: string, passScore: number): void {
  const sequencing = item.ele(ss, 'imsss:sequencing');
  const rule = sequencing.ele(ss, 'imsss:sequencingRules').ele(ss, 'imsss:preConditionRule');
  const conditions = rule.ele(ss, 'imsss:ruleConditions', { conditionCombination: 'any' });
  conditions.ele(ss, 'imsss:ruleCondition', {
    referencedObjective: 'lessons-completed',
    operator: 'not',
    condition: 'satisfied',
  });
  conditions.ele(ss, 'imsss:ruleCondition', {
    referencedObjective: 'lessons-completed',
    operator: 'not',
    condition: 'objectiveStatusKnown',
  });
  rule.ele(ss, 'imsss:ruleAction', { action: 'disabled' });
  const objectives = sequencing.ele(ss, 'imsss:objectives');
  objectives
    .ele(ss, 'imsss:primaryObjective', { objectiveID: 'assessment-passed', satisfiedByMeasure: 'true' })
    .ele(ss, 'imsss:minNormalizedMeasure')
    .txt(String(passScore));
  objectives.ele(ss, 'imsss:objective', { objectiveID: 'lessons-completed' }).ele(ss, 'imsss:mapInfo', {
    targetObjectiveID: global,
    readSatisfiedStatus: 'true',
    writeSatisfiedStatus: 'false',
  });
  sequencing.ele(ss, 'imsss:deliveryControls', {
    completionSetByContent: 'true',
    objectiveSetByContent: 'true',
  });
}
