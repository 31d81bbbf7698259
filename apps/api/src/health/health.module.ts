import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { Readiness } from './readiness.js';
import { RedisProbe } from './redis-probe.js';

@Module({ controllers: [HealthController], providers: [Readiness, RedisProbe] })
export class HealthModule {}
