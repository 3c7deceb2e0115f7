package com.wheyprice.common.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Percentage rollouts: sticky per subject, growing without taking anyone out, close to the percentage asked for. */
class FeatureFlagsTest {

    @Test
    void aSubjectIsAlwaysInTheSameBucketOfAFlag() {
        String user = UUID.randomUUID().toString();
        assertThat(FeatureFlags.bucket("ranking", user)).isEqualTo(FeatureFlags.bucket("ranking", user)).isBetween(0, 99);
    }

    @Test
    void growingARolloutKeepsEveryoneWhoWasIn() {
        FeatureFlags.Flag tenPercent = new FeatureFlags.Flag(true, 10);
        FeatureFlags.Flag thirtyPercent = new FeatureFlags.Flag(true, 30);
        IntStream.range(0, 2000).mapToObj(i -> "user-" + i).filter(user -> tenPercent.onFor("ranking", user))
                .forEach(user -> assertThat(thirtyPercent.onFor("ranking", user)).as(user).isTrue());
    }

    @Test
    void aRolloutReachesAboutItsPercentageOfSubjects() {
        FeatureFlags.Flag quarter = new FeatureFlags.Flag(true, 25);
        long on = IntStream.range(0, 10_000).mapToObj(i -> UUID.randomUUID().toString()).filter(user -> quarter.onFor("ranking", user)).count();
        assertThat(on).isBetween(2200L, 2800L);
    }

    @Test
    void aDisabledFlagIsOffForEveryoneWhateverItsRollout() {
        FeatureFlags.Flag off = new FeatureFlags.Flag(false, 100);
        assertThat(IntStream.range(0, 100).mapToObj(i -> "user-" + i).noneMatch(user -> off.onFor("ranking", user))).isTrue();
    }

    @Test
    void anonymousCallersGetOnlyAFullRollout() {
        assertThat(new FeatureFlags.Flag(true, 99).onFor("ranking", null)).isFalse();
        assertThat(new FeatureFlags.Flag(true, 100).onFor("ranking", null)).isTrue();
    }

    @Test
    void aPublishedValueReadsBackAsItWasWritten() {
        FeatureFlags.Flag flag = new FeatureFlags.Flag(true, 40);
        assertThat(FeatureFlags.Flag.decode(flag.encode())).isEqualTo(flag);
    }
}
