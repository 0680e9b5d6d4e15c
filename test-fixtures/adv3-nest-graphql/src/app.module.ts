import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import billingConfig from './config/billing.config';
import { AuthModule } from './auth/auth.module';
import { BillingResolver } from './billing/billing.resolver';
import { CleanupService } from './tasks/cleanup.service';
import { HealthController } from './health/health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [billingConfig], cache: true }),
    GraphQLModule.forRoot({ typePaths: ['./**/*.graphql'], playground: false }),
    ScheduleModule.forRoot(),
    AuthModule,
  ],
  controllers: [HealthController],
  providers: [BillingResolver, CleanupService],
})
export class AppModule {}
